<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>UserError</name>
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
  </context>
</TS>
