<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>choose the output folder to export into</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>請選擇匯出的目標資料夾</translation>
    </message>
    <message>
      <source>{path} is not a full path; choose the folder with Choose…</source>
      <translation>{path} 不是完整路徑；請按「選擇…」選取資料夾</translation>
    </message>
    <message>
      <source>{path} is not a folder; a site folder must already exist</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 不是資料夾；網站資料夾必須已經存在</translation>
    </message>
    <message>
      <source>choose the site folder to export into</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>請選擇要匯出到的網站資料夾</translation>
    </message>
    <message>
      <source>TOML front matter is for Hugo; {format} reads YAML</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>TOML 頭部資訊只適用於 Hugo；{format} 讀取的是 YAML</translation>
    </message>
    <message>
      <source>export path {path!r} is not inside the target folder</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>匯出路徑 {path!r} 不在目標資料夾內</translation>
    </message>
    <message>
      <source>export path {path!r} is not inside {folder}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>匯出路徑 {path!r} 不在 {folder} 內</translation>
    </message>
    <message>
      <source>export file name {name!r}... is longer than 255 bytes</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>匯出檔名 {name!r}… 超過 255 位元組</translation>
    </message>
    <message>
      <source>cannot read export template {path}: {error}</source>
      <translation>無法讀取匯出範本 {path}：{error}</translation>
    </message>
    <message>
      <source>{path} is a folder; cannot export a post there</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 是資料夾，無法把文章匯出到那裡</translation>
    </message>
    <message>
      <source>cannot read {path}: {error}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法讀取 {path}：{error}</translation>
    </message>
    <message>
      <source>{path} already exists and was not written by this export; use --force to overwrite it</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 已存在，且不是這次匯出寫入的；使用 --force 覆蓋它</translation>
    </message>
    <message>
      <source>{path} was edited since it was exported; use --force to overwrite it</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 在匯出後被修改過；使用 --force 覆蓋它</translation>
    </message>
    <message>
      <source>cannot write {path}: {error}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法寫入 {path}：{error}</translation>
    </message>
  </context>
</TS>
