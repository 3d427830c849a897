<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackupCommands</name>
    <message>
        <source>Daily backup made and verified: {file}</source>
        <translation>每日备份已完成并通过校验：{file}</translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation>每日备份失败：{error}</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>正在备份书库…</translation>
    </message>
    <message>
        <source>Backed up and verified: {file} ({size}, {entries}, {notes})</source>
        <translation>已备份并通过校验：{file}（{size}，{entries}，{notes}）</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
    <message>
        <source>A backup is running; try again in a moment.</source>
        <translation>正在备份，请稍后再试。</translation>
    </message>
    <message>
        <source>Backing up the library first…</source>
        <translation>正在先备份书库…</translation>
    </message>
    <message>
        <source>Backing up the library first</source>
        <translation>先备份书库</translation>
    </message>
    <message>
        <source>Backed up first: {file}</source>
        <translation>已先行备份：{file}</translation>
    </message>
    <message>
        <source>Nothing was changed: the backup made first failed: {error}</source>
        <translation>没有做任何更改：事先备份失败：{error}</translation>
    </message>
    <message>
        <source>Replace the library by the backup of {backup}?

The library as it is now is backed up first: it will be at the top of this list.</source>
        <translation>要用 {backup} 的备份替换当前书库吗？

当前的书库会先备份一份，它将出现在这个列表的最上方。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The library is busy; try again in a moment.</source>
        <translation>书库正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>Restoring from backup</source>
        <translation>正在从备份恢复</translation>
    </message>
    <message>
        <source>Restored: {entries}, {notes}</source>
        <translation>已恢复：{entries}，{notes}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note</source>
        <translation>
            <numerusform>%Ln 篇笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln 篇笔记</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Backing up the library and putting the backup in place…</source>
        <translation>正在备份当前书库并换上所选备份…</translation>
    </message>
    <message>
        <source>Upgrading the restored library…</source>
        <translation>正在升级恢复的书库…</translation>
    </message>
</context>
<context>
    <name>FeedCommands</name>
    <message>
        <source>Finding the feed of {url}…</source>
        <translation>正在查找 {url} 的订阅源…</translation>
    </message>
    <message>
        <source>%Ln feed refreshed, {new}</source>
        <translation>已刷新 %Ln 个订阅，{new}</translation>
    </message>
    <message>
        <source>%Ln feeds refreshed, {new}</source>
        <translation>已刷新 %Ln 个订阅，{new}</translation>
    </message>
    <message>
        <source>%Ln new episode</source>
        <translation>新增 %Ln 集</translation>
    </message>
    <message>
        <source>%Ln new episodes</source>
        <translation>新增 %Ln 集</translation>
    </message>
    <message>
        <source>%Ln feed moved (the new address is kept)</source>
        <translation>%Ln 个订阅已搬家（已记下新地址）</translation>
    </message>
    <message>
        <source>%Ln feeds moved (the new address is kept)</source>
        <translation>%Ln 个订阅已搬家（已记下新地址）</translation>
    </message>
    <message>
        <source>%Ln failed: {title}: {error}</source>
        <translation>%Ln 个失败：{title}：{error}</translation>
    </message>
    <message>
        <source> (and %Ln more)</source>
        <translation>（另有 %Ln 个）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No show has a feed yet: open a podcast or a channel and choose Feeds ▸ Set feed address…</source>
        <translation>还没有节目设置订阅源：打开一个播客或频道，然后选择“订阅 ▸ 设置订阅地址…”</translation>
    </message>
    <message>
        <source>Open a podcast or a YouTube channel to refresh its feed</source>
        <translation>请先打开一个播客或 YouTube 频道，再刷新它的订阅</translation>
    </message>
    <message>
        <source>This show has no feed yet: Feeds ▸ Set feed address… gives it one</source>
        <translation>这个节目还没有订阅源：可用“订阅 ▸ 设置订阅地址…”添加</translation>
    </message>
    <message>
        <source>Feeds are being refreshed; wait for it or cancel it</source>
        <translation>正在刷新订阅，请等它完成或取消</translation>
    </message>
    <message>
        <source>Refreshing feeds</source>
        <translation>正在刷新订阅</translation>
    </message>
    <message>
        <source>Refreshing the feed</source>
        <translation>正在刷新订阅</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>The feeds were not refreshed: {error}</source>
        <translation>订阅没有刷新：{error}</translation>
    </message>
    <message>
        <source>Feed refresh cancelled; the feeds read before it are kept</source>
        <translation>已取消刷新；取消前读取的订阅会保留</translation>
    </message>
    <message>
        <source>Open a podcast or a YouTube channel to give it a feed</source>
        <translation>请先打开一个播客或 YouTube 频道，再为它设置订阅源</translation>
    </message>
    <message>
        <source>Set feed address</source>
        <translation>设置订阅地址</translation>
    </message>
    <message>
        <source>The feed of “{title}”: a podcast&apos;s RSS address, or a YouTube channel&apos;s address or @handle</source>
        <translation>“{title}”的订阅源：播客的 RSS 地址，或 YouTube 频道的地址或 @账号</translation>
    </message>
    <message>
        <source>Finding the feed</source>
        <translation>正在查找订阅源</translation>
    </message>
    <message>
        <source>Feeds ▸ Refresh this feed</source>
        <translation>订阅 ▸ 刷新此订阅</translation>
    </message>
    <message>
        <source>Feed set: {url}. {keys} fetches its episodes</source>
        <translation>订阅源已设置：{url}。用 {keys} 获取它的单集</translation>
    </message>
    <message>
        <source>Cancelled; the feed was not changed</source>
        <translation>已取消，订阅源没有更改</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video</source>
        <translation>
            <numerusform>%Ln 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln videos</source>
        <translation>
            <numerusform>%Ln 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln episode</source>
        <translation>
            <numerusform>%Ln 集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln episodes</source>
        <translation>
            <numerusform>%Ln 集</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked {what} {status}, under “{show}”</source>
        <translation>已将“{show}”下的 {what}标记为{status}</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Select a note or an entry to export.</source>
        <translation>请先选择要导出的笔记或条目。</translation>
    </message>
    <message>
        <source>There are no notes to export in this list.</source>
        <translation>这个列表里没有可导出的笔记。</translation>
    </message>
    <message>
        <source>selected in the list</source>
        <translation>选自列表</translation>
    </message>
    <message>
        <source>about the entries selected in the list</source>
        <translation>关于列表中选中的条目</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>about the list</source>
        <translation>关于列表中的条目</translation>
    </message>
    <message>
        <source>selected in {list}</source>
        <translation>选自“{list}”</translation>
    </message>
    <message>
        <source>about the entries selected in {list}</source>
        <translation>关于“{list}”中选中的条目</translation>
    </message>
    <message>
        <source>about {list}</source>
        <translation>关于“{list}”中的条目</translation>
    </message>
    <message>
        <source>Import ({number} of {count})</source>
        <translation>导入（第 {number} 个，共 {count} 个）</translation>
    </message>
</context>
<context>
    <name>HighlightCommands</name>
    <message>
        <source>No note is open to quote into: open one, or start one with Ctrl+Shift+N</source>
        <translation>没有打开的笔记可以引用进去：请打开一篇，或按 Ctrl+Shift+N 新建一篇</translation>
    </message>
    <message>
        <source>Select highlights in the entry&apos;s list first</source>
        <translation>请先在条目的划线列表中选择划线</translation>
    </message>
    <message>
        <source>Select an entry to add a highlight to</source>
        <translation>请先选择要添加划线的条目</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln highlight to the trash?</source>
        <translation>
            <numerusform>要把 %Ln 条划线移到回收站吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln highlights to the trash?</source>
        <translation>
            <numerusform>要把 %Ln 条划线移到回收站吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>A note made of {highlights}</source>
        <translation>已用 {highlights}生成一篇笔记</translation>
    </message>
    <message>
        <source>Quoted {highlights} into “{note}”</source>
        <translation>已把 {highlights}引用到“{note}”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight</source>
        <translation>
            <numerusform>%Ln 条划线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlights</source>
        <translation>
            <numerusform>%Ln 条划线</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>Restored an earlier version</source>
        <translation>已恢复到较早的版本</translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message numerus="yes">
        <source>Delete %Ln note?

{titles}</source>
        <translation>
            <numerusform>要删除 %Ln 篇笔记吗？

{titles}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln notes?

{titles}</source>
        <translation>
            <numerusform>要删除 %Ln 篇笔记吗？

{titles}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln entry?

{titles}
Their notes are kept.</source>
        <translation>
            <numerusform>要删除 %Ln 个条目吗？

{titles}
相关的笔记会保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln entries?

{titles}
Their notes are kept.</source>
        <translation>
            <numerusform>要删除 %Ln 个条目吗？

{titles}
相关的笔记会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Finished today: {entries}</source>
        <translation>今天完成：{entries}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>The library already has {entries}. Add the sample entries and notes to it anyway?</source>
        <translation>书库里已经有 {entries}。仍要把示例条目和笔记加进来吗？</translation>
    </message>
    <message>
        <source>Load the sample library</source>
        <translation>载入示例书库</translation>
    </message>
    <message>
        <source>Add the sample</source>
        <translation>添加示例</translation>
    </message>
</context>
<context>
    <name>MainAction</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>订阅(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>新建条目(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a book, podcast, course, video or article</source>
        <translation>添加一本书、一档播客、一门课程、一个视频或一篇文章</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>新建笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Write a note (about the selected entries)</source>
        <translation>写一篇笔记（关于所选条目）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected entry or note</source>
        <translation>编辑所选的条目或笔记</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected entries or notes</source>
        <translation>删除所选的条目或笔记</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last delete (from the trash) or the last rating set by key</source>
        <translation>撤销上一次删除（从回收站找回）或上一次用按键打的评分</translation>
    </message>
    <message>
        <source>Note &amp;history…</source>
        <translation>笔记历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Earlier versions of the note in the editor; restore one</source>
        <translation>查看编辑器中这篇笔记的历史版本，可恢复其中一个</translation>
    </message>
    <message>
        <source>&amp;Log progress…</source>
        <translation>记录进度(&amp;L)…</translation>
    </message>
    <message>
        <source>Record pages, minutes or percent for the selected entry</source>
        <translation>为所选条目记录页数、分钟数或百分比</translation>
    </message>
    <message>
        <source>Mark &amp;finished today</source>
        <translation>标记为今天完成(&amp;F)</translation>
    </message>
    <message>
        <source>Finish the selected entries today</source>
        <translation>把所选条目标记为今天完成</translation>
    </message>
    <message>
        <source>Add &amp;highlight…</source>
        <translation>添加划线(&amp;H)…</translation>
    </message>
    <message>
        <source>Add a passage you marked (with your comment and its page) to the entry</source>
        <translation>为条目添加一段划线（连同你的批注和页码）</translation>
    </message>
    <message>
        <source>&amp;Quote highlights in the open note</source>
        <translation>把划线引用到打开的笔记(&amp;Q)</translation>
    </message>
    <message>
        <source>Insert the selected highlights, with their citations, at the cursor of the open note</source>
        <translation>在打开的笔记的光标处插入所选划线及其出处</translation>
    </message>
    <message>
        <source>&amp;Make a note of the highlights</source>
        <translation>用划线生成笔记(&amp;M)</translation>
    </message>
    <message>
        <source>One new note quoting the selected highlights, opened in the editor</source>
        <translation>新建一篇引用所选划线的笔记，并在编辑器中打开</translation>
    </message>
    <message>
        <source>Load the &amp;sample library</source>
        <translation>载入示例书库(&amp;S)</translation>
    </message>
    <message>
        <source>Add a few English and Chinese entries and notes to try things out</source>
        <translation>添加几条中英文条目和笔记，方便上手试用</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a Goodreads or StoryGraph CSV, podcast OPML or Markdown notes</source>
        <translation>导入 Goodreads 或 StoryGraph 的 CSV、播客 OPML 或 Markdown 笔记</translation>
    </message>
    <message>
        <source>&amp;Export note or entry…</source>
        <translation>导出笔记或条目(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the note or entry shown as a blog post (Hugo, Jekyll, Hexo, Obsidian, Markdown)</source>
        <translation>把当前显示的笔记或条目导出为博客草稿（Hugo、Jekyll、Hexo、Obsidian、Markdown）</translation>
    </message>
    <message>
        <source>Export notes in the lis&amp;t…</source>
        <translation>导出列表中的笔记(&amp;T)…</translation>
    </message>
    <message>
        <source>Export every note in the list (or the selected ones), each as its own post</source>
        <translation>导出列表中的每篇笔记（或所选笔记），每篇单独成文</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the library into the backups folder and check the copy</source>
        <translation>把书库复制到备份文件夹，并校验副本</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Put a backup back in place of the library (the library is backed up first)</source>
        <translation>用备份替换当前书库（会先备份当前书库）</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Data folder, blog folders, export format and theme</source>
        <translation>数据文件夹、博客文件夹、导出格式和主题</translation>
    </message>
    <message>
        <source>Show or hide the note &amp;preview</source>
        <translation>显示或隐藏笔记预览(&amp;P)</translation>
    </message>
    <message>
        <source>Preview beside the Markdown, or one at a time when the pane is narrow</source>
        <translation>预览与 Markdown 并排显示；窗格较窄时二者轮流显示</translation>
    </message>
    <message>
        <source>Show &amp;covers in the list</source>
        <translation>在列表中显示封面(&amp;C)</translation>
    </message>
    <message>
        <source>A Cover column with each entry&apos;s thumbnail (taller rows)</source>
        <translation>增加“封面”一栏，显示每个条目的缩略图（行会变高）</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>阅读统计(&amp;T)</translation>
    </message>
    <message>
        <source>A year&apos;s numbers, charts, activity calendar and goals; click a bar to list its entries</source>
        <translation>一年的数据、图表、活动日历和目标；点击柱形可列出对应条目</translation>
    </message>
    <message>
        <source>&amp;Search and filter</source>
        <translation>搜索和筛选(&amp;S)</translation>
    </message>
    <message>
        <source>Type words or a filter such as kind:book</source>
        <translation>输入关键词或筛选条件，例如 kind:book</translation>
    </message>
    <message>
        <source>Sa&amp;ve search…</source>
        <translation>保存搜索(&amp;V)…</translation>
    </message>
    <message>
        <source>Keep what is typed in the filter box under a name in the sidebar</source>
        <translation>把筛选框中的内容命名后保存到侧边栏</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>转到列表(&amp;L)</translation>
    </message>
    <message>
        <source>Move to the list</source>
        <translation>把焦点移到列表</translation>
    </message>
    <message>
        <source>Go to the &amp;highlights</source>
        <translation>转到划线(&amp;H)</translation>
    </message>
    <message>
        <source>Move to the highlights of the entry shown (Enter edits one, Del deletes)</source>
        <translation>把焦点移到当前条目的划线（Enter 编辑，Del 删除）</translation>
    </message>
    <message>
        <source>&amp;Refresh this feed</source>
        <translation>刷新此订阅(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the feed of the podcast or channel shown and list its new episodes</source>
        <translation>获取当前播客或频道的订阅源，并列出新的单集</translation>
    </message>
    <message>
        <source>Refresh &amp;all feeds</source>
        <translation>刷新全部订阅(&amp;A)</translation>
    </message>
    <message>
        <source>Fetch the feed of every show that has one (a feed that fails does not stop the others)</source>
        <translation>获取每个设置了订阅源的节目（某个订阅源出错不影响其他）</translation>
    </message>
    <message>
        <source>&amp;Set feed address…</source>
        <translation>设置订阅地址(&amp;S)…</translation>
    </message>
    <message>
        <source>Give the show its feed: a podcast&apos;s RSS address, or a YouTube channel&apos;s address or @handle</source>
        <translation>为节目设置订阅源：播客的 RSS 地址，或 YouTube 频道的地址或 @账号</translation>
    </message>
    <message>
        <source>Go to the &amp;episodes</source>
        <translation>转到单集(&amp;E)</translation>
    </message>
    <message>
        <source>Move to the episodes of the show shown (F heard, P in progress, W want, Enter opens)</source>
        <translation>把焦点移到当前节目的单集（F 听过，P 在听，W 想听，Enter 打开）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>保存并退出</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>所有操作及其快捷键</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Show the error log in the file manager (to attach to a bug report)</source>
        <translation>在文件管理器中显示错误日志（可附在问题反馈中）</translation>
    </message>
    <message>
        <source>&amp;About ReadingLog</source>
        <translation>关于 ReadingLog(&amp;A)</translation>
    </message>
    <message>
        <source>Version and data folder</source>
        <translation>版本和数据文件夹</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open an entry to go to its highlights</source>
        <translation>请先打开一个条目，再转到它的划线</translation>
    </message>
    <message>
        <source>This entry has no highlights yet: {keys} adds one</source>
        <translation>这个条目还没有划线：按 {keys} 添加</translation>
    </message>
    <message>
        <source>Open a podcast or a YouTube channel to go to its episodes</source>
        <translation>请先打开一个播客或 YouTube 频道，再转到它的单集</translation>
    </message>
    <message>
        <source>No episodes listed yet: {menu} ▸ {action} fetches them</source>
        <translation>还没有单集：用“{menu} ▸ {action}”获取</translation>
    </message>
    <message>
        <source>{app} — {view}</source>
        <translation>{app} — {view}</translation>
    </message>
    <message>
        <source>{entries} · {notes}</source>
        <translation>{entries} · {notes}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note</source>
        <translation>
            <numerusform>%Ln 篇笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln 篇笔记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>Type a search or a filter first, then save it.</source>
        <translation>请先输入搜索词或筛选条件，再保存。</translation>
    </message>
    <message>
        <source>Replaced the search “{name}”.</source>
        <translation>已替换搜索“{name}”。</translation>
    </message>
    <message>
        <source>Saved the search “{name}”.</source>
        <translation>已保存搜索“{name}”。</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name for “{query}”:</source>
        <translation>为“{query}”命名：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{app} — {view}</source>
        <translation>{app} — {view}</translation>
    </message>
    <message>
        <source>Delete the saved search “{name}”?

{query}

No entry or note is deleted.</source>
        <translation>要删除已保存的搜索“{name}”吗？

{query}

不会删除任何条目或笔记。</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>删除已保存的搜索</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The saved searches could not be written: {error}</source>
        <translation>无法写入已保存的搜索：{error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>In the list</source>
        <translation>在列表中</translation>
    </message>
    <message>
        <source>Open the selected entry or note</source>
        <translation>打开所选的条目或笔记</translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translation>选择多行</translation>
    </message>
    <message>
        <source>Empty the filter box</source>
        <translation>清空筛选框</translation>
    </message>
    <message>
        <source>Rate the selected entries</source>
        <translation>为所选条目评分</translation>
    </message>
    <message>
        <source>1 – 5, 0 clears, + / − half a star</source>
        <translation>1 – 5；0 清除；+ / − 增减半星</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>在搜索框中</translation>
    </message>
    <message>
        <source>Go to the results or the list</source>
        <translation>转到搜索结果或列表</translation>
    </message>
    <message>
        <source>Clear the search box</source>
        <translation>清空搜索框</translation>
    </message>
    <message>
        <source>In an entry&apos;s highlights</source>
        <translation>在条目的划线中</translation>
    </message>
    <message>
        <source>Edit the highlight</source>
        <translation>编辑划线</translation>
    </message>
    <message>
        <source>Move the selected highlights to the trash</source>
        <translation>把所选划线移到回收站</translation>
    </message>
    <message>
        <source>Copy them as quotes with their citations</source>
        <translation>连同出处复制为引文</translation>
    </message>
    <message>
        <source>In a show&apos;s episodes</source>
        <translation>在节目的单集中</translation>
    </message>
    <message>
        <source>Mark the selected episodes heard or watched</source>
        <translation>把所选单集标记为听过或看过</translation>
    </message>
    <message>
        <source>Mark them in progress</source>
        <translation>标记为在听或在看</translation>
    </message>
    <message>
        <source>Mark them as wanted</source>
        <translation>标记为想听或想看</translation>
    </message>
    <message>
        <source>Open a marked episode&apos;s entry</source>
        <translation>打开已标记单集的条目</translation>
    </message>
    <message>
        <source>In the sidebar</source>
        <translation>在侧边栏中</translation>
    </message>
    <message>
        <source>Forget the selected saved search</source>
        <translation>移除所选的已保存搜索</translation>
    </message>
    <message>
        <source>In the statistics</source>
        <translation>在阅读统计中</translation>
    </message>
    <message>
        <source>Move between a chart&apos;s bars</source>
        <translation>在图表的柱形之间移动</translation>
    </message>
    <message>
        <source>Move a week or a day in the calendar</source>
        <translation>在日历中按周或按天移动</translation>
    </message>
    <message>
        <source>List the entries of the bar or the day</source>
        <translation>列出该柱形或该天的条目</translation>
    </message>
    <message>
        <source>Show the listed entry in the window</source>
        <translation>在主窗口中显示列出的条目</translation>
    </message>
    <message>
        <source>Close the statistics</source>
        <translation>关闭阅读统计</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>TrashCommands</name>
    <message>
        <source>Moved to the trash — Ctrl+Z to undo</source>
        <translation>已移到回收站 — 按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Restored, but:

{problems}</source>
        <translation>已恢复，但是：

{problems}</translation>
    </message>
    <message>
        <source>Nothing to undo: it is no longer in the trash</source>
        <translation>没有可撤销的操作：它已经不在回收站里了</translation>
    </message>
    <message>
        <source>Restored {what}</source>
        <translation>已恢复{what}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>%Ln thing</source>
        <translation>%Ln 项</translation>
    </message>
    <message>
        <source>%Ln things</source>
        <translation>%Ln 项</translation>
    </message>
</context>
</TS>
