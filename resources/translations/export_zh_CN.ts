<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>{who}: attachment {path!r} is over 100 MB; not copied</source>
      <translation>{who}：附件 {path!r} 超过 100 MB，没有复制</translation>
    </message>
    <message>
      <source>{who}: attachment {path!r} not found; link kept</source>
      <translation>{who}：找不到附件 {path!r}，链接保留原样</translation>
    </message>
    <message>
      <source>note {id} moved; re-export the posts of notes {ids}, which link to it</source>
      <translation>笔记 {id} 的文章换了位置；笔记 {ids} 的文章链接到它，请重新导出这些文章</translation>
    </message>
    <message>
      <source>Exported note {id}</source>
      <translation>已导出笔记 {id}</translation>
    </message>
    <message>
      <source>entry {id}: cover {name!r} not found; exported without it</source>
      <translation>条目 {id}：找不到封面 {name!r}，已在没有封面的情况下导出</translation>
    </message>
    <message>
      <source>Reading notes</source>
      <translation>正在读取笔记</translation>
    </message>
    <message>
      <source>choose the output folder to export into</source>
      <translation>请选择导出的目标文件夹</translation>
    </message>
    <message>
      <source>{path} is not a full path; choose the folder with Choose…</source>
      <translation>{path} 不是完整路径；请点“选择…”选取文件夹</translation>
    </message>
    <message>
      <source>{path} is not a folder; a site folder must already exist</source>
      <translation>{path} 不是文件夹；网站文件夹必须已经存在</translation>
    </message>
    <message>
      <source>choose the site folder to export into</source>
      <translation>请选择要导出到的网站文件夹</translation>
    </message>
    <message>
      <source>TOML front matter is for Hugo; {format} reads YAML</source>
      <translation>TOML 头部信息只适用于 Hugo；{format} 读取的是 YAML</translation>
    </message>
    <message>
      <source>note {id}</source>
      <translation>笔记 {id}</translation>
    </message>
    <message>
      <source>{who}: links to note {id}, whose post is a draft; written as text</source>
      <translation>{who}：链接到笔记 {id}，但它的文章还是草稿；链接已写成纯文本</translation>
    </message>
    <message>
      <source>export path {path!r} is not inside the target folder</source>
      <translation>导出路径 {path!r} 不在目标文件夹内</translation>
    </message>
    <message>
      <source>export path {path!r} is not inside {folder}</source>
      <translation>导出路径 {path!r} 不在 {folder} 内</translation>
    </message>
    <message>
      <source>export file name {name!r}... is longer than 255 bytes</source>
      <translation>导出文件名 {name!r}… 超过 255 字节</translation>
    </message>
    <message>
      <source>cannot read export template {path}: {error}</source>
      <translation>无法读取导出模板 {path}：{error}</translation>
    </message>
    <message>
      <source>removed the previous export {path}</source>
      <translation>已删除上次导出的 {path}</translation>
    </message>
    <message>
      <source>{path} is a folder; cannot export a post there</source>
      <translation>{path} 是文件夹，无法把文章导出到那里</translation>
    </message>
    <message>
      <source>cannot read {path}: {error}</source>
      <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
      <source>{path} already exists and was not written by this export; use --force to overwrite it</source>
      <translation>{path} 已存在，且不是这次导出写入的；使用 --force 覆盖它</translation>
    </message>
    <message>
      <source>{path} was edited since it was exported; use --force to overwrite it</source>
      <translation>{path} 在导出后被修改过；使用 --force 覆盖它</translation>
    </message>
    <message>
      <source>cannot write {path}: {error}</source>
      <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
      <source>{path} was the previous export but was edited since; left in place</source>
      <translation>{path} 是上次导出的文件，但之后被修改过；已原样保留</translation>
    </message>
    <message>
      <source>{path} already exists with other content; kept it (use --force to replace)</source>
      <translation>{path} 已存在且内容不同；已保留（使用 --force 替换）</translation>
    </message>
    <message>
      <source>{path}: cannot read the previous export ({error}); left in place</source>
      <translation>{path}：无法读取上次导出的文件（{error}）；已原样保留</translation>
    </message>
    <message>
      <source>{path}: cannot remove the previous export ({error})</source>
      <translation>{path}：无法删除上次导出的文件（{error}）</translation>
    </message>
    <message>
      <source>cannot read attachment {path} ({error})</source>
      <translation>无法读取附件 {path}（{error}）</translation>
    </message>
  </context>
</TS>
