<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h3&gt;Welcome to {app}&lt;/h3&gt;&lt;p&gt;Keep track of books, podcasts, courses, videos and articles, and write notes about them in English, 中文 or both.&lt;/p&gt;&lt;p&gt;Would you like to look around a small sample library first? You can delete the sample entries whenever you like.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用 {app}&lt;/h3&gt;&lt;p&gt;在这里记录你读的书、听的播客、学的课程、看的视频和文章，笔记可以用中文写，也可以用 English，或者两者混着写。&lt;/p&gt;&lt;p&gt;要不要先逛逛一个小小的示例书库？示例条目随时都可以删掉。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>欢迎使用 {app}</translation>
    </message>
    <message>
        <source>Load the sample library</source>
        <translation>载入示例书库</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空书库开始</translation>
    </message>
</context>
</TS>
