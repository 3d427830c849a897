<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EmptyList</name>
    <message>
        <source>File ▸ New entry</source>
        <translation>文件 ▸ 新建条目</translation>
    </message>
    <message>
        <source>File ▸ New note</source>
        <translation>文件 ▸ 新建笔记</translation>
    </message>
    <message>
        <source>File ▸ Import</source>
        <translation>文件 ▸ 导入</translation>
    </message>
    <message>
        <source>Nothing is in progress. Log progress on an entry to list it here.</source>
        <translation>现在没有在读的条目。给条目记录进度后，它就会出现在这里。</translation>
    </message>
    <message>
        <source>Nothing on the want list. Give an entry the status “want” to list it here.</source>
        <translation>想读清单还是空的。把条目的状态设为“想读”，它就会出现在这里。</translation>
    </message>
    <message>
        <source>Nothing finished yet. Mark an entry finished to list it here.</source>
        <translation>还没有读过的条目。把条目标记为完成后，它就会出现在这里。</translation>
    </message>
    <message>
        <source>Nothing is paused.</source>
        <translation>没有搁置的条目。</translation>
    </message>
    <message>
        <source>Nothing was abandoned.</source>
        <translation>没有弃读的条目。</translation>
    </message>
    <message>
        <source>No notes match “{typed}”.</source>
        <translation>没有与“{typed}”匹配的笔记。</translation>
    </message>
    <message>
        <source>No entries match “{typed}”.</source>
        <translation>没有与“{typed}”匹配的条目。</translation>
    </message>
    <message>
        <source>No notes in {view} match “{typed}”.</source>
        <translation>“{view}”中没有与“{typed}”匹配的笔记。</translation>
    </message>
    <message>
        <source>No entries in {view} match “{typed}”.</source>
        <translation>“{view}”中没有与“{typed}”匹配的条目。</translation>
    </message>
    <message>
        <source>%Ln note does: see the results above, or Notes ▸ All notes.</source>
        <translation>不过有 %Ln 篇笔记匹配：请看上方的搜索结果，或打开“笔记 ▸ 全部笔记”。</translation>
    </message>
    <message>
        <source>%Ln notes do: see the results above, or Notes ▸ All notes.</source>
        <translation>不过有 %Ln 篇笔记匹配：请看上方的搜索结果，或打开“笔记 ▸ 全部笔记”。</translation>
    </message>
    <message>
        <source>Clear the filter (Esc)</source>
        <translation>清除筛选（Esc）</translation>
    </message>
    <message>
        <source>No entries yet — add one with {new_item} or import a file ({import_file})</source>
        <translation>还没有条目 — 用 {new_item} 添加，或导入文件（{import_file}）</translation>
    </message>
    <message>
        <source>No notes yet — write one with {new_note}</source>
        <translation>还没有笔记 — 用 {new_note} 写一篇</translation>
    </message>
    <message>
        <source>No standalone notes: every note is about an entry.</source>
        <translation>没有独立笔记：每篇笔记都关联着条目。</translation>
    </message>
    <message>
        <source>No notes changed in the last {days} days.</source>
        <translation>最近 {days} 天没有修改过的笔记。</translation>
    </message>
    <message>
        <source>No podcast subscriptions — import an OPML file ({import_file}) to add them.</source>
        <translation>还没有播客订阅 — 导入 OPML 文件（{import_file}）即可添加。</translation>
    </message>
    <message>
        <source>No {kind} yet — add one with {new_item}</source>
        <translation>还没有{kind} — 用 {new_item} 添加</translation>
    </message>
    <message>
        <source>No notes are tagged #{tag} now.</source>
        <translation>现在没有带标签 #{tag} 的笔记。</translation>
    </message>
    <message>
        <source>No entries are tagged #{tag} now.</source>
        <translation>现在没有带标签 #{tag} 的条目。</translation>
    </message>
    <message>
        <source>Nothing in {view}.</source>
        <translation>“{view}”中什么也没有。</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>book</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>podcast show</source>
        <translation>播客节目</translation>
    </message>
    <message>
        <source>podcast episode</source>
        <translation>播客单集</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>course series</source>
        <translation>系列课程</translation>
    </message>
    <message>
        <source>video or talk</source>
        <translation>视频/演讲</translation>
    </message>
    <message>
        <source>article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>中文 + English</source>
        <translation>中英混合</translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>People</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>相关条目</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
</context>
<context>
    <name>ListRating</name>
    <message>
        <source>Rate the selected entries (in the list): 1–5 stars, 0 clears, + / − half a star</source>
        <translation>为列表中所选条目评分：1–5 星，0 清除，+ / − 增减半星</translation>
    </message>
    <message>
        <source>Cleared the rating of %Ln entries</source>
        <translation>已清除 %Ln 个条目的评分</translation>
    </message>
    <message>
        <source>Cleared the rating of the entry</source>
        <translation>已清除该条目的评分</translation>
    </message>
    <message>
        <source>Rated %Ln entries</source>
        <translation>已为 %Ln 个条目评分</translation>
    </message>
    <message>
        <source>Rated %Ln entries {rating} of 5</source>
        <translation>已把 %Ln 个条目评为 {rating} 星（满分 5 星）</translation>
    </message>
    <message>
        <source>Rated the entry {rating} of 5</source>
        <translation>已把该条目评为 {rating} 星（满分 5 星）</translation>
    </message>
    <message>
        <source>Rating undone</source>
        <translation>已撤销评分</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Library</source>
        <translation>书架</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>{view}: {count}</source>
        <translation>{view}：{count}</translation>
    </message>
    <message>
        <source>{query}  (notes)</source>
        <translation>{query}（笔记）</translation>
    </message>
    <message>
        <source>{query}  (entries)</source>
        <translation>{query}（条目）</translation>
    </message>
    <message>
        <source>Deleted entries and notes</source>
        <translation>已删除的条目和笔记</translation>
    </message>
    <message>
        <source>Deleted entries and notes: {count} (kept for {days} days)</source>
        <translation>已删除的条目和笔记：{count}（保留 {days} 天）</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>want</source>
        <translation>想读</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>读过</translation>
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
        <source>subscribed</source>
        <translation>已订阅</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Books</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>Podcast shows</source>
        <translation>播客节目</translation>
    </message>
    <message>
        <source>Podcast episodes</source>
        <translation>播客单集</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Course series</source>
        <translation>系列课程</translation>
    </message>
    <message>
        <source>Videos and talks</source>
        <translation>视频与演讲</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>Want</source>
        <translation>想读</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>读过</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>弃读</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全部条目</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>独立笔记</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近修改</translation>
    </message>
</context>
</TS>
