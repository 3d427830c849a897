<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;A personal reading, listening and study log with notes in English and 中文.&lt;/p&gt;&lt;p&gt;Library: &lt;code&gt;{library}&lt;/code&gt;&lt;br/&gt;App id: &lt;code&gt;{app_id}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;记录你的阅读、收听和学习，笔记用中文、English 都可以。&lt;/p&gt;&lt;p&gt;书库位置：&lt;code&gt;{library}&lt;/code&gt;&lt;br/&gt;应用 ID：&lt;code&gt;{app_id}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
</context>
<context>
    <name>KindMenu</name>
    <message>
        <source>&amp;Book</source>
        <translation>图书(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Podcast show</source>
        <translation>播客节目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Podcast episode</source>
        <translation>播客单集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Course series</source>
        <translation>系列课程(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Video or talk</source>
        <translation>视频/演讲(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
</context>
</TS>
