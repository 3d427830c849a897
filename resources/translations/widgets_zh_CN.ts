<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Field</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>原作名</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版社</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>出版年</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Feed URL</source>
        <translation>订阅源网址</translation>
    </message>
    <message>
        <source>Episode number</source>
        <translation>集数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>证书日期</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Certificate URL</source>
        <translation>证书网址</translation>
    </message>
    <message>
        <source>Certificate cost</source>
        <translation>证书费用</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>译者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编者</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>朗读者</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>演讲者</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
</context>
<context>
    <name>ItemCompleter</name>
    <message>
        <source>{title}  ({kind}, {people})</source>
        <translation>{title}（{kind}，{people}）</translation>
    </message>
    <message>
        <source>{title}  ({kind})</source>
        <translation>{title}（{kind}）</translation>
    </message>
</context>
<context>
    <name>ItemLinks</name>
    <message>
        <source>link an entry: type its title (人类简史 or Sapiens)</source>
        <translation>关联条目：输入书名或标题（如 人类简史 或 Sapiens）</translation>
    </message>
    <message>
        <source>Link an entry</source>
        <translation>关联条目</translation>
    </message>
    <message>
        <source>Linked to “{title}”; click to remove the link</source>
        <translation>已关联“{title}”，点击可取消关联</translation>
    </message>
    <message>
        <source>Remove link to {title}</source>
        <translation>取消关联“{title}”</translation>
    </message>
</context>
<context>
    <name>RatingWidget</name>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Rating: ←/→ a quarter star, 0–5 whole stars, Delete clears</source>
        <translation>评分：←/→ 调整四分之一星，0–5 设为整星，Delete 清除</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>{rating} of {stars} stars</source>
        <translation>{rating} 星（满分 {stars} 星）</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>tags, separated by commas (历史, history)</source>
        <translation>标签，用逗号分隔（如 历史, history）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
</TS>
