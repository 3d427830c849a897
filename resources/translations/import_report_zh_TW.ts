<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ImportReport</name>
    <message>
        <source>line {line}: </source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>{count} highlight</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 條劃線</translation>
    </message>
    <message>
        <source>{count} highlights</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 條劃線</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 個條目</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 個條目</translation>
    </message>
    <message>
        <source>{count} note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 篇筆記</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 篇筆記</translation>
    </message>
    <message>
        <source>, </source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>，</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{first}和 {last}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>、</translation>
    </message>
    <message>
        <source>{what} would be added</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>將新增 {what}</translation>
    </message>
    <message>
        <source>{what} added</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已新增 {what}</translation>
    </message>
    <message>
        <source>{what} would be updated</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>將更新 {what}</translation>
    </message>
    <message>
        <source>{what} updated</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已更新 {what}</translation>
    </message>
    <message>
        <source>nothing would be added or updated</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>不會新增或更新任何內容</translation>
    </message>
    <message>
        <source>nothing added or updated</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有新增或更新任何內容</translation>
    </message>
    <message>
        <source>{count} already there</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 項已存在</translation>
    </message>
    <message>
        <source>{count} row skipped</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跳過 {count} 行</translation>
    </message>
    <message>
        <source>{count} rows skipped</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跳過 {count} 行</translation>
    </message>
    <message>
        <source>{count} record skipped</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跳過 {count} 條記錄</translation>
    </message>
    <message>
        <source>{count} records skipped</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跳過 {count} 條記錄</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <source>{count} note read</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀到 {count} 篇筆記</translation>
    </message>
    <message>
        <source>{count} notes read</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀到 {count} 篇筆記</translation>
    </message>
    <message>
        <source>{count} bookmark skipped</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跳過 {count} 個書籤</translation>
    </message>
    <message>
        <source>{count} bookmarks skipped</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跳過 {count} 個書籤</translation>
    </message>
    <message>
        <source>{count} re-highlight merged</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>合併 {count} 條重複劃線</translation>
    </message>
    <message>
        <source>{count} re-highlights merged</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>合併 {count} 條重複劃線</translation>
    </message>
    <message>
        <source>{count} highlight already there</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 條劃線已存在</translation>
    </message>
    <message>
        <source>{count} highlights already there</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 條劃線已存在</translation>
    </message>
    <message>
        <source>Nothing would be added or changed: {unchanged} already in the library as they are in the file and {skipped} skipped (see Skipped and warnings).</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>不會新增或更改任何內容：{unchanged} 項已在書庫中，與檔案裡的一致；{skipped} 項被跳過（見「跳過與警告」）。</translation>
    </message>
    <message>
        <source>Nothing would be added or changed: {unchanged} already in the library as they are in the file.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>不會新增或更改任何內容：{unchanged} 項已在書庫中，與檔案裡的一致。</translation>
    </message>
    <message>
        <source>Nothing would be added or changed: {skipped} skipped (see Skipped and warnings).</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>不會新增或更改任何內容：{skipped} 項被跳過（見「跳過與警告」）。</translation>
    </message>
    <message>
        <source>Nothing would be added or changed: the file holds no records.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>不會新增或更改任何內容：檔案裡沒有記錄。</translation>
    </message>
    <message>
        <source>Nothing was added or changed: {unchanged} already in the library as they are in the file and {skipped} skipped (see Skipped and warnings).</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有新增或更改任何內容：{unchanged} 項已在書庫中，與檔案裡的一致；{skipped} 項被跳過（見「跳過與警告」）。</translation>
    </message>
    <message>
        <source>Nothing was added or changed: {unchanged} already in the library as they are in the file.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有新增或更改任何內容：{unchanged} 項已在書庫中，與檔案裡的一致。</translation>
    </message>
    <message>
        <source>Nothing was added or changed: {skipped} skipped (see Skipped and warnings).</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有新增或更改任何內容：{skipped} 項被跳過（見「跳過與警告」）。</translation>
    </message>
    <message>
        <source>Nothing was added or changed: the file holds no records.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有新增或更改任何內容：檔案裡沒有記錄。</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>警告：{warning}</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Line</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>行號</translation>
    </message>
    <message>
        <source>Skipped or warning</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跳過原因或警告</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>複製(&amp;C)</translation>
    </message>
</context>
</TS>
