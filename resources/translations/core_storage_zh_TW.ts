<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>{folder}: no such folder</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{folder}：沒有這個資料夾</translation>
    </message>
    <message>
      <source>the archive is damaged: a file is larger than its manifest says</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>存檔已損壞：其中一個檔案比清單記錄的大</translation>
    </message>
    <message>
      <source>{name}: not a ReadingLog archive</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：不是 ReadingLog 存檔</translation>
    </message>
    <message>
      <source>{name}: archive version {version} was written by a newer ReadingLog ({app_version}); update ReadingLog to import it</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：存檔版本 {version} 由較新的 ReadingLog（{app_version}）寫入；請更新 ReadingLog 後再匯入</translation>
    </message>
    <message>
      <source>{name}: the manifest is damaged (its table or file list)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：清單已損壞（表或檔案清單有誤）</translation>
    </message>
    <message>
      <source>an archive can only be imported into an empty library, and this one has {held}; import it into a new one (readinglog --home NEW_FOLDER import archive FILE)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>存檔只能匯入空書庫，而目前書庫已有 {held}；請匯入到新書庫（readinglog --home NEW_FOLDER import archive FILE）</translation>
    </message>
    <message>
      <source>{name} was written with library schema {theirs}, this ReadingLog has {ours}: import it with the ReadingLog version that wrote it, then upgrade</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name} 的書庫結構版本是 {theirs}，而此 ReadingLog 是 {ours}：請先用寫入它的 ReadingLog 版本匯入，再升級</translation>
    </message>
    <message>
      <source>{name}: {file} is damaged (its checksum does not match)</source>
      <translation>{name}：{file} 已損壞（總和檢查碼不符）</translation>
    </message>
    <message>
      <source>{name}: {count} rows point at rows the archive does not have (first: {table} row {row} -&gt; {parent})</source>
      <translation>{name}：有 {count} 列指向存檔中不存在的列（第一處：{table} 表第 {row} 列 -&gt; {parent}）</translation>
    </message>
    <message>
      <source>{name}: refusing the file {file!r} (outside the library)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：拒絕寫入檔案 {file!r}（位於書庫之外）</translation>
    </message>
    <message>
      <source>{name}: not a ReadingLog archive (it has no {manifest})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：不是 ReadingLog 存檔（缺少 {manifest}）</translation>
    </message>
    <message>
      <source>{name}: the manifest cannot be read ({error})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：無法讀取清單（{error}）</translation>
    </message>
    <message>
      <source>{name}: table {table!r} is not in this library</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：此書庫中沒有表 {table!r}</translation>
    </message>
    <message>
      <source>{name}: the columns of {table} do not match this library</source>
      <translation>{name}：{table} 表的欄位與此書庫不一致</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：沒有這個檔案</translation>
    </message>
    <message>
      <source>{file}: not a ReadingLog archive ({error})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file}：不是 ReadingLog 存檔（{error}）</translation>
    </message>
    <message>
      <source>{name}: {file} is missing</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：缺少 {file}</translation>
    </message>
    <message>
      <source>{name}: {file} cannot be read ({error})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：無法讀取 {file}（{error}）</translation>
    </message>
    <message>
      <source>{name}: {file} is damaged near row {row} ({error})</source>
      <translation>{name}：{file} 在第 {row} 列附近損壞（{error}）</translation>
    </message>
    <message>
      <source>{name}: {file} is damaged ({error})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{name}：{file} 已損壞（{error}）</translation>
    </message>
    <message>
      <source>there is no backup number {number} (see readinglog db backups)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有編號為 {number} 的備份（見 readinglog db backups）</translation>
    </message>
    <message>
      <source>Backing up the library first…</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>正在先備份書庫…</translation>
    </message>
    <message>
      <source>{db} does not exist, so it cannot be backed up.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{db} 不存在，無法備份。</translation>
    </message>
    <message>
      <source>integrity check: {result}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>完整性檢查：{result}</translation>
    </message>
    <message>
      <source>{table} has {copied} rows, the library {held}</source>
      <translation>{table} 表有 {copied} 列，書庫中卻有 {held} 列</translation>
    </message>
    <message>
      <source>{file} already exists; choose another file or remove it first</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{file} 已存在；請換一個檔案，或先將它刪除</translation>
    </message>
    <message>
      <source>The backup {backup} of {db} failed its check: {problem}.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{db} 的備份 {backup} 未通過檢查：{problem}。</translation>
    </message>
    <message>
      <source>Could not back up {db} to {backup}: {error}.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法將 {db} 備份到 {backup}：{error}。</translation>
    </message>
    <message>
      <source>could not back up {db} before changing it: {error}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>修改前未能備份 {db}：{error}</translation>
    </message>
    <message>
      <source>the second backup folder {folder} is not there (is the drive connected?)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>找不到第二備份資料夾 {folder}（磁碟是否已連線？）</translation>
    </message>
    <message>
      <source>could not copy the backup to the second folder {folder}: {error}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法將備份複製到第二備份資料夾 {folder}：{error}</translation>
    </message>
    <message>
      <source>note {note} has no version {version}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>筆記 {note} 沒有版本 {version}</translation>
    </message>
    <message>
      <source>{db} is read-only: ReadingLog opened it for reading and refuses changes</source>
      <translation>{db} 是唯讀檔案：ReadingLog 只讀取它，不接受任何修改</translation>
    </message>
    <message>
      <source>{db} was opened read-only (--read-only or READINGLOG_READ_ONLY): ReadingLog opened it for reading and refuses changes</source>
      <translation>{db} 以唯讀方式開啟（--read-only 或 READINGLOG_READ_ONLY）：ReadingLog 只讀取它，不接受任何修改</translation>
    </message>
    <message>
      <source>{db} is on a disk with no space left on device: ReadingLog opened it for reading and refuses changes</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{db} 所在的磁碟已沒有剩餘空間：ReadingLog 只讀取它，不接受任何修改</translation>
    </message>
    <message>
      <source>there is no library at {db} to open read-only</source>
      <translation>{db} 處沒有可以唯讀開啟的書庫</translation>
    </message>
    <message>
      <source>{db} holds no library yet, and it is opened read-only</source>
      <translation>{db} 中還沒有書庫，而它是以唯讀方式開啟的</translation>
    </message>
    <message>
      <source>{db} needs an upgrade (database revision {revision}) to be opened by this ReadingLog, but it is read-only; open it with the ReadingLog that wrote it, or upgrade a writable copy</source>
      <translation>{db} 需要升級（資料庫版本 {revision}）才能由此 ReadingLog 開啟，但它是唯讀的；請用寫入它的 ReadingLog 開啟，或升級一個可寫入的副本</translation>
    </message>
    <message>
      <source>{db} cannot be read: {error}.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法讀取 {db}：{error}。</translation>
    </message>
    <message>
      <source>{db} is empty (0 bytes), so it is not a library; it was left as it is. Move it away to start a new library, or restore a backup (readinglog db restore).</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{db} 是空檔案（0 位元組），不是書庫；它保持原樣未動。要新增書庫，請先把它移走；也可以恢復一個備份（readinglog db restore）。</translation>
    </message>
    <message>
      <source>{db} is not a ReadingLog library.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{db} 不是 ReadingLog 書庫。</translation>
    </message>
    <message>
      <source>{db} was written by a newer ReadingLog (database revision {revision}) and was left untouched; update ReadingLog to open it.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{db} 由較新的 ReadingLog 寫入（資料庫版本 {revision}），已保持原樣未動；請更新 ReadingLog 後再開啟。</translation>
    </message>
    <message>
      <source>{db} is not a ReadingLog library (not an SQLite database).</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{db} 不是 ReadingLog 書庫（不是 SQLite 資料庫）。</translation>
    </message>
    <message>
      <source>{table} row {row} points at a missing {parent} row</source>
      <translation>{table} 表第 {row} 列指向 {parent} 表中不存在的列</translation>
    </message>
    <message>
      <source>Could not create the library {db}: it came out empty</source>
      <translation>無法建立書庫 {db}：建立出的檔案是空的</translation>
    </message>
    <message>
      <source>Upgrading {db} failed and it was left as it was ({reason}); a backup made before trying is at {backup}.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>升級 {db} 失敗，書庫保持原樣（{reason}）；升級前所做的備份在 {backup}。</translation>
    </message>
    <message>
      <source>Could not create the library {db}: {reason}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法建立書庫 {db}：{reason}</translation>
    </message>
    <message>
      <source>{db} is in use by another ReadingLog; close it and restore again; the library was not changed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{db} 正被另一個 ReadingLog 使用；請關閉它後再恢復；書庫未作任何改動</translation>
    </message>
    <message>
      <source>{path} is damaged ({problem}) and cannot be restored; the library was not changed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 已損壞（{problem}），無法恢復；書庫未作任何改動</translation>
    </message>
    <message>
      <source>{path} is not a ReadingLog library; the library was not changed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 不是 ReadingLog 書庫；書庫未作任何改動</translation>
    </message>
    <message>
      <source>{path} does not exist or is not a file; the library was not changed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 不存在或不是檔案；書庫未作任何改動</translation>
    </message>
    <message>
      <source>{path} is empty (0 bytes), not a ReadingLog backup; the library was not changed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 是空檔案（0 位元組），不是 ReadingLog 備份；書庫未作任何改動</translation>
    </message>
    <message>
      <source>{path} is the library itself; the library was not changed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 就是書庫本身；書庫未作任何改動</translation>
    </message>
    <message>
      <source>{db} cannot be written (read-only); the library was not changed</source>
      <translation>{db} 無法寫入（唯讀）；書庫未作任何改動</translation>
    </message>
    <message>
      <source>{path} is not a ReadingLog library (not an SQLite database); the library was not changed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 不是 ReadingLog 書庫（不是 SQLite 資料庫）；書庫未作任何改動</translation>
    </message>
    <message>
      <source>{path} is not a ReadingLog backup (not an SQLite database); the library was not changed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 不是 ReadingLog 備份（不是 SQLite 資料庫）；書庫未作任何改動</translation>
    </message>
    <message>
      <source>{path} is not a ReadingLog library (it has no tables); the library was not changed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 不是 ReadingLog 書庫（其中沒有任何表）；書庫未作任何改動</translation>
    </message>
    <message>
      <source>{path} was written by a newer ReadingLog (database revision {revision}); update ReadingLog to restore it; the library was not changed</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 由較新的 ReadingLog 寫入（資料庫版本 {revision}）；請更新 ReadingLog 後再恢復；書庫未作任何改動</translation>
    </message>
    <message>
      <source>The copy of {path} does not hold the rows it holds.</source>
      <translation>{path} 的副本與原檔案的資料列不一致。</translation>
    </message>
    <message>
      <source>Could not restore over {db}: {error}; the library was not changed.</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法用備份覆蓋 {db}：{error}；書庫未作任何改動。</translation>
    </message>
    <message>
      <source>the library already has {count} entries; the sample is meant for an empty library (add --force to load it anyway)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>書庫中已有 {count} 個條目；範例書庫是為空書庫準備的（加上 --force 仍可載入）</translation>
    </message>
    <message>
      <source>highlight {old} is now highlight {new} (its id was taken)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>劃線 {old} 現在是劃線 {new}（原 ID 已被佔用）</translation>
    </message>
    <message>
      <source>no highlight with id {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>沒有 ID 為 {id} 的劃線</translation>
    </message>
    <message>
      <source>the highlight's entry {id} no longer exists</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這條劃線所屬的條目 {id} 已不存在</translation>
    </message>
    <message>
      <source>nothing in the trash with id {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>垃圾桶中沒有 ID 為 {id} 的內容</translation>
    </message>
    <message>
      <source>entry {old} is now entry {new} (its id was taken)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>條目 {old} 現在是條目 {new}（原 ID 已被佔用）</translation>
    </message>
    <message>
      <source>note {old} is now note {new} (its id was taken)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>筆記 {old} 現在是筆記 {new}（原 ID 已被佔用）</translation>
    </message>
    <message>
      <source>its parent entry {id} no longer exists</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>它的上級條目 {id} 已不存在</translation>
    </message>
    <message>
      <source>highlight {id} was imported again since; both are kept</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>劃線 {id} 之後又被匯入過一次；兩條都已保留</translation>
    </message>
    <message>
      <source>the highlight's entry {id} no longer exists (restore it first: readinglog trash restore {trash_id})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>這條劃線所屬的條目 {id} 已不存在（請先恢復它：readinglog trash restore {trash_id}）</translation>
    </message>
    <message>
      <source>the {kind} import record {key!r} now belongs to another entry or note</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{kind} 匯入記錄 {key!r} 現已屬於另一個條目或筆記</translation>
    </message>
    <message>
      <source>note {id} no longer exists</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>筆記 {id} 已不存在</translation>
    </message>
    <message>
      <source>entry {id} is no longer one of its children</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>條目 {id} 已不再是它的子條目</translation>
    </message>
    <message>
      <source>entry {id} no longer exists</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>條目 {id} 已不存在</translation>
    </message>
  </context>
</TS>
