<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BarChartView</name>
    <message>
        <source>{title} ({unit})</source>
        <translation>{title}（{unit}）</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>这段时间里没有记录</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>{bar}: {value} {unit}</source>
        <translation>{bar}：{value} {unit}</translation>
    </message>
    <message>
        <source>{bar}: {value} {unit} — click to list</source>
        <translation>{bar}：{value} {unit} — 点击列出条目</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <source>Activity calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <source>More</source>
        <translation>多</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>少</translation>
    </message>
    <message>
        <source>{day}: {count} activity</source>
        <translation>{day}：{count} 次活动</translation>
    </message>
    <message>
        <source>{day}: {count} activities</source>
        <translation>{day}：{count} 次活动</translation>
    </message>
</context>
<context>
    <name>GoalName</name>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>节目</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>单集</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>{metric} of {kinds}</source>
        <translation>{kinds}·{metric}</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation>阅读目标</translation>
    </message>
    <message>
        <source>&amp;Set goals…</source>
        <translation>设定目标(&amp;S)…</translation>
    </message>
    <message>
        <source>Goals for {year}</source>
        <translation>{year} 年目标</translation>
    </message>
    <message>
        <source>Goals are set for a year: pick one above.</source>
        <translation>目标按年设定：请先在上方选一个年份。</translation>
    </message>
    <message>
        <source>No goals for {year} yet.</source>
        <translation>还没有设定 {year} 年的目标。</translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translation>{done} / {target}</translation>
    </message>
    <message>
        <source>{goal}: {amount}, {pace}</source>
        <translation>{goal}：{amount}，{pace}</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>Read-throughs finished in the period: an entry finished twice counts twice.</source>
        <translation>这段时间内读完（看完、听完）的次数：同一条目读完两遍算两次。</translation>
    </message>
    <message>
        <source>The different entries among those finished: an entry finished twice counts once.</source>
        <translation>读完的条目中不同的作品数：同一条目读完两遍只算一部。</translation>
    </message>
    <message>
        <source>Pages read on the days they were logged; a finished book&apos;s pages past its last logged page count on the day it was finished.</source>
        <translation>按记录日期统计读过的页数；读完一本书时，最后一次记录之后剩下的页数计入读完那天。</translation>
    </message>
    <message>
        <source>Time listened, watched and studied: minutes logged, an episode&apos;s or a video&apos;s length past its last logged minute when finished, a course&apos;s time spent when finished.</source>
        <translation>收听、观看和学习的时长：记录的分钟数；单集或视频标为完成时，最后一次记录之后的剩余时长；课程完成时，它的总用时。</translation>
    </message>
    <message>
        <source>Notes written (created) in the period.</source>
        <translation>这段时间内新写的笔记。</translation>
    </message>
    <message>
        <source>Words of those notes; a Chinese character counts as a word.</source>
        <translation>这些笔记的字数；一个汉字算一个字。</translation>
    </message>
    <message>
        <source>Days with anything logged: a start or a finish, progress, a note written.</source>
        <translation>有任何记录的日子：开始或读完、更新进度、写了笔记。</translation>
    </message>
    <message>
        <source>The longest run of active days in a row inside the period.</source>
        <translation>这段时间内连续有记录的最长天数。</translation>
    </message>
    <message>
        <source>Read-throughs that ended (or were recorded finished) without a date. They are counted nowhere: not in finished, titles, pages, hours or the calendar.</source>
        <translation>没有日期的读完（或标为读过）记录。它们不计入任何统计：读完次数、作品数、页数、时长和日历都不算。</translation>
    </message>
    <message>
        <source>{count} book</source>
        <translation>{count} 本书</translation>
    </message>
    <message>
        <source>{count} books</source>
        <translation>{count} 本书</translation>
    </message>
    <message>
        <source>{count} show</source>
        <translation>{count} 个节目</translation>
    </message>
    <message>
        <source>{count} shows</source>
        <translation>{count} 个节目</translation>
    </message>
    <message>
        <source>{count} episode</source>
        <translation>{count} 集</translation>
    </message>
    <message>
        <source>{count} episodes</source>
        <translation>{count} 集</translation>
    </message>
    <message>
        <source>{count} course</source>
        <translation>{count} 门课程</translation>
    </message>
    <message>
        <source>{count} courses</source>
        <translation>{count} 门课程</translation>
    </message>
    <message>
        <source>{count} series</source>
        <translation>{count} 个系列</translation>
    </message>
    <message>
        <source>{count} video</source>
        <translation>{count} 个视频</translation>
    </message>
    <message>
        <source>{count} videos</source>
        <translation>{count} 个视频</translation>
    </message>
    <message>
        <source>{count} article</source>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>读完</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>部作品</translation>
    </message>
    <message>
        <source>pages read</source>
        <translation>页</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>notes written</source>
        <translation>篇笔记</translation>
    </message>
    <message>
        <source>words written</source>
        <translation>字</translation>
    </message>
    <message>
        <source>active days</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <source>longest streak (days)</source>
        <translation>最长连续天数</translation>
    </message>
    <message>
        <source>undated read-throughs</source>
        <translation>无日期的读完记录</translation>
    </message>
    <message>
        <source>{start} – {end}. {about}</source>
        <translation>{start} – {end}。{about}</translation>
    </message>
    <message>
        <source>No active days. {about}</source>
        <translation>没有活跃的日子。{about}</translation>
    </message>
    <message>
        <source>{count} re-read</source>
        <translation>重读 {count} 次</translation>
    </message>
    <message>
        <source>{count} abandoned</source>
        <translation>弃读 {count} 部</translation>
    </message>
    <message>
        <source>Finished: {kinds}</source>
        <translation>读完：{kinds}</translation>
    </message>
</context>
<context>
    <name>SetGoalsDialog</name>
    <message>
        <source>&amp;Books finished</source>
        <translation>读完的图书(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Episodes finished</source>
        <translation>听完的单集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Courses finished</source>
        <translation>学完的课程(&amp;C)</translation>
    </message>
    <message>
        <source>Entries of &amp;any kind finished</source>
        <translation>读完的条目，不限类型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Pages read</source>
        <translation>阅读页数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Hours listened, watched, studied</source>
        <translation>收听、观看、学习时长（小时）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Notes written</source>
        <translation>笔记篇数(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Words written</source>
        <translation>笔记字数(&amp;W)</translation>
    </message>
    <message>
        <source>Goals for {year}</source>
        <translation>{year} 年目标</translation>
    </message>
    <message>
        <source>0 means no goal.</source>
        <translation>填 0 表示不设目标。</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>不设目标</translation>
    </message>
    <message>
        <source>Goals for {year} saved</source>
        <translation>{year} 年目标已保存</translation>
    </message>
</context>
<context>
    <name>StatsList</name>
    <message>
        <source>Book</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>节目</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>单集</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>finished {day}</source>
        <translation>{day} 读完</translation>
    </message>
    <message>
        <source>re-read</source>
        <translation>重读</translation>
    </message>
    <message>
        <source>Entries with activity in {month}</source>
        <translation>{month}有活动的条目</translation>
    </message>
    <message>
        <source>Finished in {month}</source>
        <translation>{month}读完</translation>
    </message>
    <message>
        <source>Finished and rated {rating}</source>
        <translation>读完并评为 {rating} 星</translation>
    </message>
    <message>
        <source>{kinds} finished</source>
        <translation>读完的{kinds}</translation>
    </message>
    <message>
        <source>Finished in {language}</source>
        <translation>读完的{language}作品</translation>
    </message>
    <message>
        <source>Entries with activity on {day}</source>
        <translation>{day} 有活动的条目</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Click a bar or a day to list its entries</source>
        <translation>点击柱形或日历中的某一天，列出相应条目</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>阅读统计</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the log file says why (Help ▸ Open log folder).</source>
        <translation>统计失败，原因见日志文件（帮助 ▸ 打开日志文件夹）。</translation>
    </message>
    <message>
        <source>Activity {year}</source>
        <translation>{year} 年的活动</translation>
    </message>
    <message>
        <source>Activity {first} – {last}</source>
        <translation>活动：{first} – {last}</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <source>The entries could not be listed: the log file says why</source>
        <translation>无法列出条目，原因见日志文件</translation>
    </message>
    <message>
        <source>{heading}: {count} entry (Enter shows one in the window)</source>
        <translation>{heading}：{count} 个条目（按 Enter 在主窗口中显示）</translation>
    </message>
    <message>
        <source>{heading}: {count} entries (Enter shows one in the window)</source>
        <translation>{heading}：{count} 个条目（按 Enter 在主窗口中显示）</translation>
    </message>
</context>
<context>
    <name>TopLists</name>
    <message>
        <source>Top authors</source>
        <translation>最常读的作者</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>最常用的标签</translation>
    </message>
    <message>
        <source>Top shows</source>
        <translation>最常听的节目</translation>
    </message>
    <message>
        <source>Top platforms</source>
        <translation>最常用的平台</translation>
    </message>
    <message>
        <source>Days to finish</source>
        <translation>读完所用天数</translation>
    </message>
    <message>
        <source>{median} median · fastest {fastest} · slowest {slowest} ({count} read-through)</source>
        <translation>中位数 {median} 天 · 最快 {fastest} 天 · 最慢 {slowest} 天（共 {count} 次读完）</translation>
    </message>
    <message>
        <source>{median} median · fastest {fastest} · slowest {slowest} ({count} read-throughs)</source>
        <translation>中位数 {median} 天 · 最快 {fastest} 天 · 最慢 {slowest} 天（共 {count} 次读完）</translation>
    </message>
</context>
</TS>
