<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Field</name>
    <message>
        <source>Title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標題</translation>
    </message>
    <message>
        <source>Original title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>原作名</translation>
    </message>
    <message>
        <source>Rating</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>評分</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>語言</translation>
    </message>
    <message>
        <source>URL</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>網址</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>簡介</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>花費時間</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>副標題</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>出版社</translation>
    </message>
    <message>
        <source>Year</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>出版年</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>版本</translation>
    </message>
    <message>
        <source>Cover</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>封面</translation>
    </message>
    <message>
        <source>Feed URL</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>訂閱源網址</translation>
    </message>
    <message>
        <source>Episode number</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>集數</translation>
    </message>
    <message>
        <source>Duration</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>時長</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頻道</translation>
    </message>
    <message>
        <source>Site</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>網站</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書日期</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書編號</translation>
    </message>
    <message>
        <source>Certificate URL</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書網址</translation>
    </message>
    <message>
        <source>Certificate cost</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>證書費用</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Translator</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>譯者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>編者</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>朗讀者</translation>
    </message>
    <message>
        <source>Host</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>主播</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>來賓</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>講師</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>演講者</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <source>Error: {message}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>錯誤：{message}</translation>
    </message>
</context>
<context>
    <name>ItemCompleter</name>
    <message>
        <source>{title}  ({kind}, {people})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{title}（{kind}，{people}）</translation>
    </message>
    <message>
        <source>{title}  ({kind})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{title}（{kind}）</translation>
    </message>
</context>
<context>
    <name>ItemLinks</name>
    <message>
        <source>link an entry: type its title (人类简史 or Sapiens)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>關聯條目：輸入書名或標題（如 人類簡史 或 Sapiens）</translation>
    </message>
    <message>
        <source>Link an entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>關聯條目</translation>
    </message>
    <message>
        <source>Linked to “{title}”; click to remove the link</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已關聯「{title}」，點選可取消關聯</translation>
    </message>
    <message>
        <source>Remove link to {title}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>取消關聯「{title}」</translation>
    </message>
</context>
<context>
    <name>RatingWidget</name>
    <message>
        <source>not rated</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>未評分</translation>
    </message>
    <message>
        <source>Rating: ←/→ a quarter star, 0–5 whole stars, Delete clears</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>評分：←/→ 調整四分之一星，0–5 設為整星，Delete 清除</translation>
    </message>
    <message>
        <source>Rating</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>評分</translation>
    </message>
    <message>
        <source>{rating} of {stars} stars</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{rating} 星（滿分 {stars} 星）</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>tags, separated by commas (历史, history)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標籤，用逗號分隔（如 歷史, history）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標籤</translation>
    </message>
</context>
</TS>
