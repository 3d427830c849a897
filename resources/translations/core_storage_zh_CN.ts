<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>{folder}: no such folder</source>
      <translation>{folder}：没有这个文件夹</translation>
    </message>
    <message>
      <source>the archive is damaged: a file is larger than its manifest says</source>
      <translation>存档已损坏：其中一个文件比清单记录的大</translation>
    </message>
    <message>
      <source>{name}: not a ReadingLog archive</source>
      <translation>{name}：不是 ReadingLog 存档</translation>
    </message>
    <message>
      <source>{name}: archive version {version} was written by a newer ReadingLog ({app_version}); update ReadingLog to import it</source>
      <translation>{name}：存档版本 {version} 由较新的 ReadingLog（{app_version}）写入；请更新 ReadingLog 后再导入</translation>
    </message>
    <message>
      <source>{name}: the manifest is damaged (its table or file list)</source>
      <translation>{name}：清单已损坏（表或文件列表有误）</translation>
    </message>
    <message>
      <source>an archive can only be imported into an empty library, and this one has {held}; import it into a new one (readinglog --home NEW_FOLDER import archive FILE)</source>
      <translation>存档只能导入空书库，而当前书库已有 {held}；请导入到新书库（readinglog --home NEW_FOLDER import archive FILE）</translation>
    </message>
    <message>
      <source>{name} was written with library schema {theirs}, this ReadingLog has {ours}: import it with the ReadingLog version that wrote it, then upgrade</source>
      <translation>{name} 的书库结构版本是 {theirs}，而此 ReadingLog 是 {ours}：请先用写入它的 ReadingLog 版本导入，再升级</translation>
    </message>
    <message>
      <source>{name}: {file} is damaged (its checksum does not match)</source>
      <translation>{name}：{file} 已损坏（校验和不符）</translation>
    </message>
    <message>
      <source>{name}: {count} rows point at rows the archive does not have (first: {table} row {row} -&gt; {parent})</source>
      <translation>{name}：有 {count} 行指向存档中不存在的行（第一处：{table} 表第 {row} 行 -&gt; {parent}）</translation>
    </message>
    <message>
      <source>{name}: refusing the file {file!r} (outside the library)</source>
      <translation>{name}：拒绝写入文件 {file!r}（位于书库之外）</translation>
    </message>
    <message>
      <source>{name}: not a ReadingLog archive (it has no {manifest})</source>
      <translation>{name}：不是 ReadingLog 存档（缺少 {manifest}）</translation>
    </message>
    <message>
      <source>{name}: the manifest cannot be read ({error})</source>
      <translation>{name}：无法读取清单（{error}）</translation>
    </message>
    <message>
      <source>{name}: table {table!r} is not in this library</source>
      <translation>{name}：此书库中没有表 {table!r}</translation>
    </message>
    <message>
      <source>{name}: the columns of {table} do not match this library</source>
      <translation>{name}：{table} 表的列与此书库不一致</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}：没有这个文件</translation>
    </message>
    <message>
      <source>{file}: not a ReadingLog archive ({error})</source>
      <translation>{file}：不是 ReadingLog 存档（{error}）</translation>
    </message>
    <message>
      <source>{name}: {file} is missing</source>
      <translation>{name}：缺少 {file}</translation>
    </message>
    <message>
      <source>{name}: {file} cannot be read ({error})</source>
      <translation>{name}：无法读取 {file}（{error}）</translation>
    </message>
    <message>
      <source>{name}: {file} is damaged near row {row} ({error})</source>
      <translation>{name}：{file} 在第 {row} 行附近损坏（{error}）</translation>
    </message>
    <message>
      <source>{name}: {file} is damaged ({error})</source>
      <translation>{name}：{file} 已损坏（{error}）</translation>
    </message>
    <message>
      <source>there is no backup number {number} (see readinglog db backups)</source>
      <translation>没有编号为 {number} 的备份（见 readinglog db backups）</translation>
    </message>
    <message>
      <source>Backing up the library first…</source>
      <translation>正在先备份书库…</translation>
    </message>
    <message>
      <source>{db} does not exist, so it cannot be backed up.</source>
      <translation>{db} 不存在，无法备份。</translation>
    </message>
    <message>
      <source>integrity check: {result}</source>
      <translation>完整性检查：{result}</translation>
    </message>
    <message>
      <source>{table} has {copied} rows, the library {held}</source>
      <translation>{table} 表有 {copied} 行，书库中却有 {held} 行</translation>
    </message>
    <message>
      <source>{file} already exists; choose another file or remove it first</source>
      <translation>{file} 已存在；请换一个文件，或先将它删除</translation>
    </message>
    <message>
      <source>The backup {backup} of {db} failed its check: {problem}.</source>
      <translation>{db} 的备份 {backup} 未通过检查：{problem}。</translation>
    </message>
    <message>
      <source>Could not back up {db} to {backup}: {error}.</source>
      <translation>无法将 {db} 备份到 {backup}：{error}。</translation>
    </message>
    <message>
      <source>could not back up {db} before changing it: {error}</source>
      <translation>修改前未能备份 {db}：{error}</translation>
    </message>
    <message>
      <source>the second backup folder {folder} is not there (is the drive connected?)</source>
      <translation>找不到第二备份文件夹 {folder}（磁盘是否已连接？）</translation>
    </message>
    <message>
      <source>could not copy the backup to the second folder {folder}: {error}</source>
      <translation>无法将备份复制到第二备份文件夹 {folder}：{error}</translation>
    </message>
    <message>
      <source>note {note} has no version {version}</source>
      <translation>笔记 {note} 没有版本 {version}</translation>
    </message>
    <message>
      <source>{db} is read-only: ReadingLog opened it for reading and refuses changes</source>
      <translation>{db} 是只读文件：ReadingLog 只读取它，不接受任何修改</translation>
    </message>
    <message>
      <source>{db} was opened read-only (--read-only or READINGLOG_READ_ONLY): ReadingLog opened it for reading and refuses changes</source>
      <translation>{db} 以只读方式打开（--read-only 或 READINGLOG_READ_ONLY）：ReadingLog 只读取它，不接受任何修改</translation>
    </message>
    <message>
      <source>{db} is on a disk with no space left on device: ReadingLog opened it for reading and refuses changes</source>
      <translation>{db} 所在的磁盘已没有剩余空间：ReadingLog 只读取它，不接受任何修改</translation>
    </message>
    <message>
      <source>there is no library at {db} to open read-only</source>
      <translation>{db} 处没有可以只读打开的书库</translation>
    </message>
    <message>
      <source>{db} holds no library yet, and it is opened read-only</source>
      <translation>{db} 中还没有书库，而它是以只读方式打开的</translation>
    </message>
    <message>
      <source>{db} needs an upgrade (database revision {revision}) to be opened by this ReadingLog, but it is read-only; open it with the ReadingLog that wrote it, or upgrade a writable copy</source>
      <translation>{db} 需要升级（数据库版本 {revision}）才能由此 ReadingLog 打开，但它是只读的；请用写入它的 ReadingLog 打开，或升级一个可写的副本</translation>
    </message>
    <message>
      <source>{db} cannot be read: {error}.</source>
      <translation>无法读取 {db}：{error}。</translation>
    </message>
    <message>
      <source>{db} is empty (0 bytes), so it is not a library; it was left as it is. Move it away to start a new library, or restore a backup (readinglog db restore).</source>
      <translation>{db} 是空文件（0 字节），不是书库；它保持原样未动。要新建书库，请先把它移走；也可以恢复一个备份（readinglog db restore）。</translation>
    </message>
    <message>
      <source>{db} is not a ReadingLog library.</source>
      <translation>{db} 不是 ReadingLog 书库。</translation>
    </message>
    <message>
      <source>{db} was written by a newer ReadingLog (database revision {revision}) and was left untouched; update ReadingLog to open it.</source>
      <translation>{db} 由较新的 ReadingLog 写入（数据库版本 {revision}），已保持原样未动；请更新 ReadingLog 后再打开。</translation>
    </message>
    <message>
      <source>{db} is not a ReadingLog library (not an SQLite database).</source>
      <translation>{db} 不是 ReadingLog 书库（不是 SQLite 数据库）。</translation>
    </message>
    <message>
      <source>{table} row {row} points at a missing {parent} row</source>
      <translation>{table} 表第 {row} 行指向 {parent} 表中不存在的行</translation>
    </message>
    <message>
      <source>Could not create the library {db}: it came out empty</source>
      <translation>无法创建书库 {db}：创建出的文件是空的</translation>
    </message>
    <message>
      <source>Upgrading {db} failed and it was left as it was ({reason}); a backup made before trying is at {backup}.</source>
      <translation>升级 {db} 失败，书库保持原样（{reason}）；升级前所做的备份在 {backup}。</translation>
    </message>
    <message>
      <source>Could not create the library {db}: {reason}</source>
      <translation>无法创建书库 {db}：{reason}</translation>
    </message>
    <message>
      <source>{db} is in use by another ReadingLog; close it and restore again; the library was not changed</source>
      <translation>{db} 正被另一个 ReadingLog 使用；请关闭它后再恢复；书库未作任何改动</translation>
    </message>
    <message>
      <source>{path} is damaged ({problem}) and cannot be restored; the library was not changed</source>
      <translation>{path} 已损坏（{problem}），无法恢复；书库未作任何改动</translation>
    </message>
    <message>
      <source>{path} is not a ReadingLog library; the library was not changed</source>
      <translation>{path} 不是 ReadingLog 书库；书库未作任何改动</translation>
    </message>
    <message>
      <source>{path} does not exist or is not a file; the library was not changed</source>
      <translation>{path} 不存在或不是文件；书库未作任何改动</translation>
    </message>
    <message>
      <source>{path} is empty (0 bytes), not a ReadingLog backup; the library was not changed</source>
      <translation>{path} 是空文件（0 字节），不是 ReadingLog 备份；书库未作任何改动</translation>
    </message>
    <message>
      <source>{path} is the library itself; the library was not changed</source>
      <translation>{path} 就是书库本身；书库未作任何改动</translation>
    </message>
    <message>
      <source>{db} cannot be written (read-only); the library was not changed</source>
      <translation>{db} 无法写入（只读）；书库未作任何改动</translation>
    </message>
    <message>
      <source>{path} is not a ReadingLog library (not an SQLite database); the library was not changed</source>
      <translation>{path} 不是 ReadingLog 书库（不是 SQLite 数据库）；书库未作任何改动</translation>
    </message>
    <message>
      <source>{path} is not a ReadingLog backup (not an SQLite database); the library was not changed</source>
      <translation>{path} 不是 ReadingLog 备份（不是 SQLite 数据库）；书库未作任何改动</translation>
    </message>
    <message>
      <source>{path} is not a ReadingLog library (it has no tables); the library was not changed</source>
      <translation>{path} 不是 ReadingLog 书库（其中没有任何表）；书库未作任何改动</translation>
    </message>
    <message>
      <source>{path} was written by a newer ReadingLog (database revision {revision}); update ReadingLog to restore it; the library was not changed</source>
      <translation>{path} 由较新的 ReadingLog 写入（数据库版本 {revision}）；请更新 ReadingLog 后再恢复；书库未作任何改动</translation>
    </message>
    <message>
      <source>The copy of {path} does not hold the rows it holds.</source>
      <translation>{path} 的副本与原文件的行不一致。</translation>
    </message>
    <message>
      <source>Could not restore over {db}: {error}; the library was not changed.</source>
      <translation>无法用备份覆盖 {db}：{error}；书库未作任何改动。</translation>
    </message>
    <message>
      <source>the library already has {count} entries; the sample is meant for an empty library (add --force to load it anyway)</source>
      <translation>书库中已有 {count} 个条目；示例书库是为空书库准备的（加上 --force 仍可载入）</translation>
    </message>
    <message>
      <source>highlight {old} is now highlight {new} (its id was taken)</source>
      <translation>划线 {old} 现在是划线 {new}（原 ID 已被占用）</translation>
    </message>
    <message>
      <source>no highlight with id {id}</source>
      <translation>没有 ID 为 {id} 的划线</translation>
    </message>
    <message>
      <source>the highlight's entry {id} no longer exists</source>
      <translation>这条划线所属的条目 {id} 已不存在</translation>
    </message>
    <message>
      <source>nothing in the trash with id {id}</source>
      <translation>回收站中没有 ID 为 {id} 的内容</translation>
    </message>
    <message>
      <source>entry {old} is now entry {new} (its id was taken)</source>
      <translation>条目 {old} 现在是条目 {new}（原 ID 已被占用）</translation>
    </message>
    <message>
      <source>note {old} is now note {new} (its id was taken)</source>
      <translation>笔记 {old} 现在是笔记 {new}（原 ID 已被占用）</translation>
    </message>
    <message>
      <source>its parent entry {id} no longer exists</source>
      <translation>它的上级条目 {id} 已不存在</translation>
    </message>
    <message>
      <source>highlight {id} was imported again since; both are kept</source>
      <translation>划线 {id} 之后又被导入过一次；两条都已保留</translation>
    </message>
    <message>
      <source>the highlight's entry {id} no longer exists (restore it first: readinglog trash restore {trash_id})</source>
      <translation>这条划线所属的条目 {id} 已不存在（请先恢复它：readinglog trash restore {trash_id}）</translation>
    </message>
    <message>
      <source>the {kind} import record {key!r} now belongs to another entry or note</source>
      <translation>{kind} 导入记录 {key!r} 现已属于另一个条目或笔记</translation>
    </message>
    <message>
      <source>note {id} no longer exists</source>
      <translation>笔记 {id} 已不存在</translation>
    </message>
    <message>
      <source>entry {id} is no longer one of its children</source>
      <translation>条目 {id} 已不再是它的子条目</translation>
    </message>
    <message>
      <source>entry {id} no longer exists</source>
      <translation>条目 {id} 已不存在</translation>
    </message>
  </context>
</TS>
