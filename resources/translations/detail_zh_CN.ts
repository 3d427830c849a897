<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CoverView</name>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose cover…</source>
        <translation>选择封面…</translation>
    </message>
    <message>
        <source>Use an image file on this computer as the cover (it is copied)</source>
        <translation>用这台电脑上的图片作封面（会另存一份副本）</translation>
    </message>
    <message>
        <source>Remove cover</source>
        <translation>移除封面</translation>
    </message>
    <message>
        <source>Take the cover off this entry</source>
        <translation>去掉这个条目的封面</translation>
    </message>
    <message>
        <source>Cover of {title}</source>
        <translation>《{title}》的封面</translation>
    </message>
    <message>
        <source>The cover file is missing: {path}</source>
        <translation>找不到封面文件：{path}</translation>
    </message>
    <message>
        <source>Choose a cover</source>
        <translation>选择封面</translation>
    </message>
    <message>
        <source>The cover image cannot be read.</source>
        <translation>无法读取封面图片。</translation>
    </message>
    <message>
        <source>No thumbnail: {folder} cannot be written ({why}).</source>
        <translation>无法生成缩略图：{folder} 不可写入（{why}）。</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Select an entry or a note.

Ctrl+N adds an entry, Ctrl+Shift+N writes a note.</source>
        <translation>选择一个条目或一篇笔记。

按 Ctrl+N 添加条目，按 Ctrl+Shift+N 写笔记。</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Original title</source>
        <translation>原作名</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISBN-10</source>
        <translation>ISBN-10</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>订阅源</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>所用时间</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>集数</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>证书日期</translation>
    </message>
    <message>
        <source>Certificate id</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificate cost</source>
        <translation>证书费用</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
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
        <translation>形式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
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
        <translation>朗读</translation>
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
        <translation>讲者</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>更新进度</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>弃读</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>note written</source>
        <translation>写了笔记</translation>
    </message>
    <message>
        <source>open note</source>
        <translation>打开笔记</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>阅读时段</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>笔记（{count}）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>{words} words</source>
        <translation>{words} 字</translation>
    </message>
    <message>
        <source>No notes yet (Ctrl+Shift+N).</source>
        <translation>还没有笔记（按 Ctrl+Shift+N 写一篇）。</translation>
    </message>
</context>
<context>
    <name>Episode</name>
    <message>
        <source>watched</source>
        <translation>已看</translation>
    </message>
    <message>
        <source>heard</source>
        <translation>已听</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>a video</comment>
        <translation>在看</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>a podcast&apos;s episode</comment>
        <translation>在听</translation>
    </message>
    <message>
        <source>want</source>
        <comment>a video</comment>
        <translation>想看</translation>
    </message>
    <message>
        <source>want</source>
        <comment>a podcast&apos;s episode</comment>
        <translation>想听</translation>
    </message>
</context>
<context>
    <name>EpisodeList</name>
    <message>
        <source>Episodes</source>
        <translation>单集</translation>
    </message>
    <message>
        <source>&amp;Open the entry	Enter</source>
        <translation>打开条目(&amp;O)	Enter</translation>
    </message>
</context>
<context>
    <name>EpisodesModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>EpisodesPanel</name>
    <message>
        <source>Episodes</source>
        <translation>单集</translation>
    </message>
    <message>
        <source>Set feed address…</source>
        <translation>设置订阅地址…</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>{noun} · {count}</source>
        <translation>{noun} · {count}</translation>
    </message>
    <message>
        <source>Mark as &amp;watched ({key})</source>
        <translation>标为已看(&amp;W)  {key}</translation>
    </message>
    <message>
        <source>In &amp;progress ({key})</source>
        <comment>videos</comment>
        <translation>在看(&amp;P)  {key}</translation>
    </message>
    <message>
        <source>&amp;Want ({key})</source>
        <comment>videos</comment>
        <translation>想看(&amp;W)  {key}</translation>
    </message>
    <message>
        <source>Mark as &amp;heard ({key})</source>
        <translation>标为已听(&amp;H)  {key}</translation>
    </message>
    <message>
        <source>In &amp;progress ({key})</source>
        <comment>a podcast&apos;s episodes</comment>
        <translation>在听(&amp;P)  {key}</translation>
    </message>
    <message>
        <source>&amp;Want ({key})</source>
        <comment>a podcast&apos;s episodes</comment>
        <translation>想听(&amp;W)  {key}</translation>
    </message>
    <message>
        <source>Make an entry of the selected videos under the show, {status}</source>
        <translation>在这个节目下为选中的视频建立条目，标为“{status}”</translation>
    </message>
    <message>
        <source>Make an entry of the selected episodes under the show, {status}</source>
        <translation>在这个节目下为选中的单集建立条目，标为“{status}”</translation>
    </message>
    <message>
        <source>Refresh this feed ({keys})</source>
        <translation>刷新此订阅（{keys}）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No feed yet. {action} (in the Feeds menu) gives it one: a podcast&apos;s RSS address, or a YouTube channel&apos;s address or @handle.</source>
        <translation>还没有订阅源。用“订阅”菜单里的“{action}”添加：可以是播客的 RSS 地址，也可以是 YouTube 频道的地址或 @用户名。</translation>
    </message>
    <message>
        <source>Feed: {url} · checked {when}</source>
        <translation>订阅源：{url} · 上次检查 {when}</translation>
    </message>
    <message>
        <source>Feed: {url} · not fetched yet</source>
        <translation>订阅源：{url} · 尚未获取</translation>
    </message>
    <message>
        <source>No videos listed yet. {refresh} fetches them; nothing is fetched until you ask.</source>
        <translation>还没有视频。用“{refresh}”获取列表；你不刷新，就不会联网获取。</translation>
    </message>
    <message>
        <source>No episodes listed yet. {refresh} fetches them; nothing is fetched until you ask.</source>
        <translation>还没有单集。用“{refresh}”获取列表；你不刷新，就不会联网获取。</translation>
    </message>
    <message>
        <source>The last refresh failed: {error}</source>
        <translation>上次刷新失败：{error}</translation>
    </message>
    <message>
        <source>Not marked yet: F marks it watched, P in progress, W want (that makes its entry)</source>
        <translation>这个视频还没有标记：按 F 标为已看，P 在看，W 想看（标记后会为它建立条目）</translation>
    </message>
    <message>
        <source>Not marked yet: F marks it heard, P in progress, W want (that makes its entry)</source>
        <translation>这一集还没有标记：按 F 标为已听，P 在听，W 想听（标记后会为它建立条目）</translation>
    </message>
</context>
<context>
    <name>HighlightList</name>
    <message>
        <source>Highlights</source>
        <translation>划线</translation>
    </message>
    <message>
        <source>&amp;Edit highlight…	Enter</source>
        <translation>编辑划线(&amp;E)…	Enter</translation>
    </message>
    <message>
        <source>&amp;Delete	Del</source>
        <translation>删除(&amp;D)	Del</translation>
    </message>
    <message>
        <source>&amp;Copy as quotes	{keys}</source>
        <translation>复制为引文(&amp;C)	{keys}</translation>
    </message>
</context>
<context>
    <name>HighlightRows</name>
    <message>
        <source>Without a chapter</source>
        <translation>未分章节</translation>
    </message>
    <message>
        <source>(a note at this place)</source>
        <translation>（此处记了一条笔记）</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Highlights</source>
        <translation>划线</translation>
    </message>
    <message>
        <source>Add highlight…</source>
        <translation>添加划线…</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>Highlights · {count}</source>
        <translation>划线 · {count}</translation>
    </message>
    <message>
        <source>No highlights yet. {action} adds one; imports from Kindle, KOReader, Readwise or 微信读书 bring them in.</source>
        <translation>还没有划线。用“{action}”添加一条，或者从 Kindle、KOReader、Readwise、微信读书导入。</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title (leave empty to use the first line)</source>
        <translation>标题（留空则取第一行）</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>笔记标题</translation>
    </message>
    <message>
        <source>page, chapter or time (p. 42, 第三章, 12:30)</source>
        <translation>页码、章节或时间（如 第 42 页、第三章、12:30）</translation>
    </message>
    <message>
        <source>Where in the entry</source>
        <translation>在条目中的位置</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>笔记正文（Markdown）</translation>
    </message>
    <message>
        <source>Write in Markdown, in English, 中文, or both…</source>
        <translation>用 Markdown 书写，中文、英文或中英混写都可以…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>条目(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>位置(&amp;W)：</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>New note (saved when you type)</source>
        <translation>新笔记（开始输入就会保存）</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Save state: {state}</source>
        <translation>保存状态：{state}</translation>
    </message>
    <message>
        <source>{title}  (from the first line; type to change)</source>
        <translation>{title}（取自第一行；可输入新标题）</translation>
    </message>
    <message>
        <source>{words} words · {chars} characters</source>
        <translation>{words} 字 · {chars} 个字符</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>The preview failed: {error}</source>
        <translation>预览失败：{error}</translation>
    </message>
</context>
<context>
    <name>SourcePreview</name>
    <message>
        <source>Write</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P switches between them</source>
        <translation>按 Ctrl+Shift+P 在两者间切换</translation>
    </message>
</context>
</TS>
