<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LookupDialog</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>书名</translation>
    </message>
    <message>
        <source>People</source>
        <translation>作者/译者</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版社</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>author</source>
        <translation>著</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>译</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编</translation>
    </message>
    <message>
        <source>narrator</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主持</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>主讲</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Look up a book</source>
        <translation>在线查找书籍</translation>
    </message>
    <message>
        <source>an ISBN, or a title and author (置身事内 兰小欢)</source>
        <translation>ISBN，或书名加作者（如：置身事内 兰小欢）</translation>
    </message>
    <message>
        <source>ISBN or title</source>
        <translation>ISBN 或书名</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查找(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;ISBN or title:</source>
        <translation>ISBN 或书名(&amp;I)：</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere until you press Look up.</source>
        <translation>按下“查找”之前，不会向任何地方发送数据。</translation>
    </message>
    <message>
        <source>Books found</source>
        <translation>找到的书</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>将要更改的内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查到的</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Use this book</source>
        <translation>使用这本书(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Fill in the form</source>
        <translation>填入表单(&amp;F)</translation>
    </message>
    <message>
        <source>Type an ISBN or a title first.</source>
        <translation>请先输入 ISBN 或书名。</translation>
    </message>
    <message>
        <source>{problem} (Preferences, Book details, sets the sources).</source>
        <translation>{problem}（可在“偏好设置 ▸ 书籍资料”中设置来源）。</translation>
    </message>
    <message>
        <source>{count} found: pick one (Enter).</source>
        <translation>找到 {count} 本，请选一本（按 Enter 键确认）。</translation>
    </message>
    <message>
        <source>1 found (Enter uses it).</source>
        <translation>找到 1 本（按 Enter 键使用）。</translation>
    </message>
    <message>
        <source>{found} {problems}.</source>
        <translation>{found}{problems}。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>no</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was asked.</source>
        <translation>已取消，不再继续查询。</translation>
    </message>
    <message>
        <source>has one</source>
        <translation>已有</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>来自{source}</translation>
    </message>
    <message>
        <source>From {source}: {title}. Ticked fields go into the form (empty ones are ticked; what you typed is kept unless you tick it). Space ticks, Enter fills the form.</source>
        <translation>来自{source}：{title}。勾选的字段会填入表单（空字段已默认勾选；你填写过的内容除非勾选，否则保持不变）。按空格键勾选，按 Enter 键填入表单。</translation>
    </message>
    <message>
        <source>The cover could not be had: {problem}. {button} goes on without it.</source>
        <translation>无法获取封面：{problem}。点“{button}”将不带封面继续。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
</TS>
