<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>{app} is already open for the library in {folder}.</source>
        <translation>{app} 已经打开了 {folder} 中的书库。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>{app}: error</source>
        <translation>{app}：出错了</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the error&apos;s traceback, to paste into a bug report</source>
        <translation>复制错误的回溯信息，以便粘贴到问题反馈中</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more error since; all are in the log.</source>
        <translation>
            <numerusform>之后又出现了 %Ln 个错误，都已记入日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors since; all are in the log.</source>
        <translation>
            <numerusform>之后又出现了 %Ln 个错误，都已记入日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>The log folder {folder} cannot be made: {error}.</source>
        <translation>无法创建日志文件夹 {folder}：{error}。</translation>
    </message>
    <message>
        <source>No file manager opened the log folder {folder}.</source>
        <translation>没有文件管理器能打开日志文件夹 {folder}。</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading your library…</source>
        <translation>正在升级你的书库…</translation>
    </message>
    <message>
        <source>A backup is made first, then the library is updated for this version of {app}. A large library can take a minute; {app} opens when it is done.</source>
        <translation>会先备份一份，再把书库更新到当前版本的 {app}。书库较大时可能要一分钟左右，完成后 {app} 会自动打开。</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>书库：</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>正在升级</translation>
    </message>
    <message>
        <source>{about} Library: {library}. Backups: {backups}.</source>
        <translation>{about} 书库：{library}。备份：{backups}。</translation>
    </message>
</context>
</TS>
