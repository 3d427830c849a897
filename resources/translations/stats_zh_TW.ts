<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>BarChartView</name>
    <message>
        <source>{title} ({unit})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{title}（{unit}）</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這段時間裡沒有記錄</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>{bar}: {value} {unit}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{bar}：{value} {unit}</translation>
    </message>
    <message>
        <source>{bar}: {value} {unit} — click to list</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{bar}：{value} {unit} — 點選列出條目</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Mon</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>一</translation>
    </message>
    <message>
        <source>Wed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>三</translation>
    </message>
    <message>
        <source>Fri</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>五</translation>
    </message>
    <message>
        <source>Activity calendar</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>活動日曆</translation>
    </message>
    <message>
        <source>More</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>多</translation>
    </message>
    <message>
        <source>Less</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>少</translation>
    </message>
    <message>
        <source>{day}: {count} activity</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{day}：{count} 次活動</translation>
    </message>
    <message>
        <source>{day}: {count} activities</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{day}：{count} 次活動</translation>
    </message>
</context>
<context>
    <name>GoalName</name>
    <message>
        <source>Entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>條目</translation>
    </message>
    <message>
        <source>Books</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>圖書</translation>
    </message>
    <message>
        <source>Shows</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>節目</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>單集</translation>
    </message>
    <message>
        <source>Courses</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>課程</translation>
    </message>
    <message>
        <source>Series</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>系列</translation>
    </message>
    <message>
        <source>Videos</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>影片</translation>
    </message>
    <message>
        <source>Articles</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>文章</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Hours</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>小時</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Words</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>字數</translation>
    </message>
    <message>
        <source>{metric} of {kinds}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{kinds}·{metric}</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>閱讀目標</translation>
    </message>
    <message>
        <source>&amp;Set goals…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>設定目標(&amp;S)…</translation>
    </message>
    <message>
        <source>Goals for {year}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{year} 年目標</translation>
    </message>
    <message>
        <source>Goals are set for a year: pick one above.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>目標按年設定：請先在上方選一個年份。</translation>
    </message>
    <message>
        <source>No goals for {year} yet.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>還沒有設定 {year} 年的目標。</translation>
    </message>
    <message>
        <source>{done} of {target}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{done} / {target}</translation>
    </message>
    <message>
        <source>{goal}: {amount}, {pace}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{goal}：{amount}，{pace}</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>Read-throughs finished in the period: an entry finished twice counts twice.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這段時間內讀完（看完、聽完）的次數：同一條目讀完兩遍算兩次。</translation>
    </message>
    <message>
        <source>The different entries among those finished: an entry finished twice counts once.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完的條目中不同的作品數：同一條目讀完兩遍只算一部。</translation>
    </message>
    <message>
        <source>Pages read on the days they were logged; a finished book&apos;s pages past its last logged page count on the day it was finished.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>按記錄日期統計讀過的頁數；讀完一本書時，最後一次記錄之後剩下的頁數計入讀完那天。</translation>
    </message>
    <message>
        <source>Time listened, watched and studied: minutes logged, an episode&apos;s or a video&apos;s length past its last logged minute when finished, a course&apos;s time spent when finished.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>收聽、觀看和學習的時長：記錄的分鐘數；單集或影片標為完成時，最後一次記錄之後的剩餘時長；課程完成時，它的總用時。</translation>
    </message>
    <message>
        <source>Notes written (created) in the period.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這段時間內新寫的筆記。</translation>
    </message>
    <message>
        <source>Words of those notes; a Chinese character counts as a word.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這些筆記的字數；一個漢字算一個字。</translation>
    </message>
    <message>
        <source>Days with anything logged: a start or a finish, progress, a note written.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>有任何記錄的日子：開始或讀完、更新進度、寫了筆記。</translation>
    </message>
    <message>
        <source>The longest run of active days in a row inside the period.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這段時間內連續有記錄的最長天數。</translation>
    </message>
    <message>
        <source>Read-throughs that ended (or were recorded finished) without a date. They are counted nowhere: not in finished, titles, pages, hours or the calendar.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有日期的讀完（或標為讀過）記錄。它們不計入任何統計：讀完次數、作品數、頁數、時長和日曆都不算。</translation>
    </message>
    <message>
        <source>{count} book</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 本書</translation>
    </message>
    <message>
        <source>{count} books</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 本書</translation>
    </message>
    <message>
        <source>{count} show</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 個節目</translation>
    </message>
    <message>
        <source>{count} shows</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 個節目</translation>
    </message>
    <message>
        <source>{count} episode</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 集</translation>
    </message>
    <message>
        <source>{count} episodes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 集</translation>
    </message>
    <message>
        <source>{count} course</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 門課程</translation>
    </message>
    <message>
        <source>{count} courses</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 門課程</translation>
    </message>
    <message>
        <source>{count} series</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 個系列</translation>
    </message>
    <message>
        <source>{count} video</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 個影片</translation>
    </message>
    <message>
        <source>{count} videos</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 個影片</translation>
    </message>
    <message>
        <source>{count} article</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <source>finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完</translation>
    </message>
    <message>
        <source>titles</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>部作品</translation>
    </message>
    <message>
        <source>pages read</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁</translation>
    </message>
    <message>
        <source>hours</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>小時</translation>
    </message>
    <message>
        <source>notes written</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>篇筆記</translation>
    </message>
    <message>
        <source>words written</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>字</translation>
    </message>
    <message>
        <source>active days</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>活躍天數</translation>
    </message>
    <message>
        <source>longest streak (days)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>最長連續天數</translation>
    </message>
    <message>
        <source>undated read-throughs</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>無日期的讀完記錄</translation>
    </message>
    <message>
        <source>{start} – {end}. {about}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{start} – {end}。{about}</translation>
    </message>
    <message>
        <source>No active days. {about}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有活躍的日子。{about}</translation>
    </message>
    <message>
        <source>{count} re-read</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>重讀 {count} 次</translation>
    </message>
    <message>
        <source>{count} abandoned</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>棄讀 {count} 部</translation>
    </message>
    <message>
        <source>Finished: {kinds}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完：{kinds}</translation>
    </message>
</context>
<context>
    <name>SetGoalsDialog</name>
    <message>
        <source>&amp;Books finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完的圖書(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Episodes finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>聽完的單集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Courses finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>學完的課程(&amp;C)</translation>
    </message>
    <message>
        <source>Entries of &amp;any kind finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完的條目，不限類型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Pages read</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>閱讀頁數(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Hours listened, watched, studied</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>收聽、觀看、學習時長（小時）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Notes written</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記篇數(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Words written</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記字數(&amp;W)</translation>
    </message>
    <message>
        <source>Goals for {year}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{year} 年目標</translation>
    </message>
    <message>
        <source>0 means no goal.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>填 0 表示不設目標。</translation>
    </message>
    <message>
        <source>No goal</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>不設目標</translation>
    </message>
    <message>
        <source>Goals for {year} saved</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{year} 年目標已儲存</translation>
    </message>
</context>
<context>
    <name>StatsList</name>
    <message>
        <source>Book</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>圖書</translation>
    </message>
    <message>
        <source>Show</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>節目</translation>
    </message>
    <message>
        <source>Episode</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>單集</translation>
    </message>
    <message>
        <source>Course</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>課程</translation>
    </message>
    <message>
        <source>Series</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>系列</translation>
    </message>
    <message>
        <source>Video</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>影片</translation>
    </message>
    <message>
        <source>Article</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>文章</translation>
    </message>
    <message>
        <source>finished {day}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{day} 讀完</translation>
    </message>
    <message>
        <source>re-read</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>重讀</translation>
    </message>
    <message>
        <source>Entries with activity in {month}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{month}有活動的條目</translation>
    </message>
    <message>
        <source>Finished in {month}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{month}讀完</translation>
    </message>
    <message>
        <source>Finished and rated {rating}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完並評為 {rating} 星</translation>
    </message>
    <message>
        <source>{kinds} finished</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完的{kinds}</translation>
    </message>
    <message>
        <source>Finished in {language}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完的{language}作品</translation>
    </message>
    <message>
        <source>Entries with activity on {day}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{day} 有活動的條目</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Click a bar or a day to list its entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>點選柱形或日曆中的某一天，列出相應條目</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>閱讀統計</translation>
    </message>
    <message>
        <source>Year</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>年份</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>活動</translation>
    </message>
    <message>
        <source>Entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>條目</translation>
    </message>
    <message>
        <source>The statistics could not be counted: the log file says why (Help ▸ Open log folder).</source>
        <translation>統計失敗，原因見記錄檔（幫助 ▸ 開啟記錄檔資料夾）。</translation>
    </message>
    <message>
        <source>Activity {year}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{year} 年的活動</translation>
    </message>
    <message>
        <source>Activity {first} – {last}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>活動：{first} – {last}</translation>
    </message>
    <message>
        <source>All time</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>全部時間</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在列出…</translation>
    </message>
    <message>
        <source>The entries could not be listed: the log file says why</source>
        <translation>無法列出條目，原因見記錄檔</translation>
    </message>
    <message>
        <source>{heading}: {count} entry (Enter shows one in the window)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{heading}：{count} 個條目（按 Enter 在主視窗中顯示）</translation>
    </message>
    <message>
        <source>{heading}: {count} entries (Enter shows one in the window)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{heading}：{count} 個條目（按 Enter 在主視窗中顯示）</translation>
    </message>
</context>
<context>
    <name>TopLists</name>
    <message>
        <source>Top authors</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>最常讀的作者</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>最常用的標籤</translation>
    </message>
    <message>
        <source>Top shows</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>最常聽的節目</translation>
    </message>
    <message>
        <source>Top platforms</source>
        <translation>最常用的平台</translation>
    </message>
    <message>
        <source>Days to finish</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>讀完所用天數</translation>
    </message>
    <message>
        <source>{median} median · fastest {fastest} · slowest {slowest} ({count} read-through)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>中位數 {median} 天 · 最快 {fastest} 天 · 最慢 {slowest} 天（共 {count} 次讀完）</translation>
    </message>
    <message>
        <source>{median} median · fastest {fastest} · slowest {slowest} ({count} read-throughs)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>中位數 {median} 天 · 最快 {fastest} 天 · 最慢 {slowest} 天（共 {count} 次讀完）</translation>
    </message>
</context>
</TS>
