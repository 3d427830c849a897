<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FieldHelp</name>
    <message>
        <source>title in the original language</source>
        <translation>原语言的标题</translation>
    </message>
    <message>
        <source>0 to 5 in quarter steps</source>
        <translation>0 到 5，以 0.25 为一档</translation>
    </message>
    <message>
        <source>language code, e.g. zh or en</source>
        <translation>语言代码，如 zh 或 en</translation>
    </message>
    <message>
        <source>web page (episode, video, article or course URL)</source>
        <translation>网页（单集、视频、文章或课程的网址）</translation>
    </message>
    <message>
        <source>a short description</source>
        <translation>简短介绍</translation>
    </message>
    <message>
        <source>total time spent (1h30m, 90)</source>
        <translation>总共花费的时间（1h30m 或 90）</translation>
    </message>
    <message>
        <source>the book&apos;s subtitle</source>
        <translation>书的副标题</translation>
    </message>
    <message>
        <source>ISBN-10 or ISBN-13</source>
        <translation>ISBN-10 或 ISBN-13</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>出版社</translation>
    </message>
    <message>
        <source>year published</source>
        <translation>出版年份</translation>
    </message>
    <message>
        <source>number of pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>paper, ebook or audio</source>
        <translation>纸质书、电子书或有声书</translation>
    </message>
    <message>
        <source>path of a cover image</source>
        <translation>封面图片的路径</translation>
    </message>
    <message>
        <source>RSS feed URL</source>
        <translation>RSS 订阅源网址</translation>
    </message>
    <message>
        <source>episode number</source>
        <translation>第几集</translation>
    </message>
    <message>
        <source>length (1:02:03, 45m)</source>
        <translation>时长（1:02:03 或 45m）</translation>
    </message>
    <message>
        <source>date published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>channel or event</source>
        <translation>频道或活动</translation>
    </message>
    <message>
        <source>web site or publication</source>
        <translation>网站或刊物</translation>
    </message>
    <message>
        <source>provider or platform</source>
        <translation>机构或平台</translation>
    </message>
    <message>
        <source>date of the certificate</source>
        <translation>证书日期</translation>
    </message>
    <message>
        <source>certificate id</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>certificate URL</source>
        <translation>证书网址</translation>
    </message>
    <message>
        <source>what it cost, e.g. 49 USD</source>
        <translation>花费，如 49 USD</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Translators</source>
        <translation>译者</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>编者</translation>
    </message>
    <message>
        <source>Narrators</source>
        <translation>朗读者</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>Edit {kind}: {title}</source>
        <translation>编辑{kind}：{title}</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <source>title as you want to see it (人类简史, Sapiens)</source>
        <translation>你希望显示的标题（人类简史、Sapiens）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>type to find it by title</source>
        <translation>输入标题查找</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>所属(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Look up…</source>
        <translation>在线查找(&amp;L)…</translation>
    </message>
    <message>
        <source>Find this book&apos;s details and cover online by ISBN or title</source>
        <translation>按 ISBN 或书名在线查找这本书的资料和封面</translation>
    </message>
    <message>
        <source>{people} of this entry</source>
        <translation>这个条目的{people}</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>多个名字用 ; 分隔</translation>
    </message>
    <message>
        <source>&amp;Part of ({kinds}):</source>
        <translation>所属{kinds}(&amp;P)：</translation>
    </message>
    <message>
        <source>Part of {kinds}</source>
        <translation>所属{kinds}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>the cover from {source} (kept on OK)</source>
        <translation>来自{source}的封面（点“确定”后保存）</translation>
    </message>
    <message>
        <source>Filled {count} field and the cover from {source}: check them, then OK saves the entry.</source>
        <translation>已从{source}填入 {count} 个字段和封面，请核对，点“确定”即可保存条目。</translation>
    </message>
    <message>
        <source>Filled {count} fields and the cover from {source}: check them, then OK saves the entry.</source>
        <translation>已从{source}填入 {count} 个字段和封面，请核对，点“确定”即可保存条目。</translation>
    </message>
    <message>
        <source>Filled {count} field from {source}: check them, then OK saves the entry.</source>
        <translation>已从{source}填入 {count} 个字段，请核对，点“确定”即可保存条目。</translation>
    </message>
    <message>
        <source>Filled {count} fields from {source}: check them, then OK saves the entry.</source>
        <translation>已从{source}填入 {count} 个字段，请核对，点“确定”即可保存条目。</translation>
    </message>
    <message>
        <source>Filled the cover from {source}: check them, then OK saves the entry.</source>
        <translation>已从{source}填入封面，请核对，点“确定”即可保存条目。</translation>
    </message>
    <message>
        <source>Nothing new from {source}: the form has everything it found.</source>
        <translation>{source}没有新内容：它找到的资料表单里都已经有了。</translation>
    </message>
    <message>
        <source>title: must not be empty</source>
        <translation>标题：不能为空</translation>
    </message>
    <message>
        <source>part of: pick a {kinds} from the list ({typed} is not one)</source>
        <translation>所属：请从列表中选择一个{kinds}（{typed} 不在其中）</translation>
    </message>
</context>
</TS>
