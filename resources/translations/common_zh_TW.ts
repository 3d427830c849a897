<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;A personal reading, listening and study log with notes in English and 中文.&lt;/p&gt;&lt;p&gt;Library: &lt;code&gt;{library}&lt;/code&gt;&lt;br/&gt;App id: &lt;code&gt;{app_id}&lt;/code&gt;&lt;/p&gt;</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;記錄你的閱讀、收聽和學習，筆記用中文、English 都可以。&lt;/p&gt;&lt;p&gt;書庫位置：&lt;code&gt;{library}&lt;/code&gt;&lt;br/&gt;應用 ID：&lt;code&gt;{app_id}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>關於 {app}</translation>
    </message>
</context>
<context>
    <name>KindMenu</name>
    <message>
        <source>&amp;Book</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>圖書(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Podcast show</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>播客節目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Podcast episode</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>播客單集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>課程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Course series</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>系列課程(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Video or talk</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>影片/演講(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>文章(&amp;A)</translation>
    </message>
</context>
</TS>
