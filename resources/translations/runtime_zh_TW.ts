<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>{app} is already open for the library in {folder}.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{app} 已經開啟了 {folder} 中的書庫。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>{app}: error</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{app}：出錯了</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>複製詳細資訊(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the error&apos;s traceback, to paste into a bug report</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>複製錯誤的回溯資訊，以便貼上到問題回報中</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more error since; all are in the log.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>之後又出現了 %Ln 個錯誤，都已記入記錄檔。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors since; all are in the log.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>之後又出現了 %Ln 個錯誤，都已記入記錄檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已複製</translation>
    </message>
    <message>
        <source>The log folder {folder} cannot be made: {error}.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>無法建立記錄檔資料夾 {folder}：{error}。</translation>
    </message>
    <message>
        <source>No file manager opened the log folder {folder}.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有檔案管理器能開啟記錄檔資料夾 {folder}。</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading your library…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在升級你的書庫…</translation>
    </message>
    <message>
        <source>A backup is made first, then the library is updated for this version of {app}. A large library can take a minute; {app} opens when it is done.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>會先備份一份，再把書庫更新到目前版本的 {app}。書庫較大時可能要一分鐘左右，完成後 {app} 會自動開啟。</translation>
    </message>
    <message>
        <source>Library:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>書庫：</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>備份：</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在升級</translation>
    </message>
    <message>
        <source>{about} Library: {library}. Backups: {backups}.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{about} 書庫：{library}。備份：{backups}。</translation>
    </message>
</context>
</TS>
