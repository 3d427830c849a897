<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h3&gt;Welcome to {app}&lt;/h3&gt;&lt;p&gt;Keep track of books, podcasts, courses, videos and articles, and write notes about them in English, 中文 or both.&lt;/p&gt;&lt;p&gt;Would you like to look around a small sample library first? You can delete the sample entries whenever you like.&lt;/p&gt;</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>&lt;h3&gt;歡迎使用 {app}&lt;/h3&gt;&lt;p&gt;在這裡記錄你讀的書、聽的播客、學的課程、看的影片和文章，筆記可以用中文寫，也可以用 English，或者兩者混著寫。&lt;/p&gt;&lt;p&gt;要不要先逛逛一個小小的範例書庫？範例條目隨時都可以刪掉。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>歡迎使用 {app}</translation>
    </message>
    <message>
        <source>Load the sample library</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>載入範例書庫</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>從空書庫開始</translation>
    </message>
</context>
</TS>
