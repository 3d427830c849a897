<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>{who}: attachment {path!r} is over 100 MB; not copied</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{who}：附件 {path!r} 超過 100 MB，沒有複製</translation>
    </message>
    <message>
      <source>{who}: attachment {path!r} not found; link kept</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{who}：找不到附件 {path!r}，連結保留原樣</translation>
    </message>
    <message>
      <source>note {id} moved; re-export the posts of notes {ids}, which link to it</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>筆記 {id} 的文章換了位置；筆記 {ids} 的文章連結到它，請重新匯出這些文章</translation>
    </message>
    <message>
      <source>Exported note {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>已匯出筆記 {id}</translation>
    </message>
    <message>
      <source>entry {id}: cover {name!r} not found; exported without it</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>條目 {id}：找不到封面 {name!r}，已在沒有封面的情況下匯出</translation>
    </message>
    <message>
      <source>Reading notes</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>正在讀取筆記</translation>
    </message>
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
      <source>note {id}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>筆記 {id}</translation>
    </message>
    <message>
      <source>{who}: links to note {id}, whose post is a draft; written as text</source>
      <translation>{who}：連結到筆記 {id}，但它的文章還是草稿；連結已寫成純文字</translation>
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
      <source>removed the previous export {path}</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>已刪除上次匯出的 {path}</translation>
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
    <message>
      <source>{path} was the previous export but was edited since; left in place</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 是上次匯出的檔案，但之後被修改過；已原樣保留</translation>
    </message>
    <message>
      <source>{path} already exists with other content; kept it (use --force to replace)</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path} 已存在且內容不同；已保留（使用 --force 替換）</translation>
    </message>
    <message>
      <source>{path}: cannot read the previous export ({error}); left in place</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path}：無法讀取上次匯出的檔案（{error}）；已原樣保留</translation>
    </message>
    <message>
      <source>{path}: cannot remove the previous export ({error})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>{path}：無法刪除上次匯出的檔案（{error}）</translation>
    </message>
    <message>
      <source>cannot read attachment {path} ({error})</source>
      <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
      <translation>無法讀取附件 {path}（{error}）</translation>
    </message>
  </context>
</TS>
