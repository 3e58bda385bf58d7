@echo off
rem gwdns launcher for Windows: runs lib\gwdns.jar with the Java on JAVA_HOME, else the one on PATH
rem (Java 17 or later). GWDNS_JAVA_OPTS adds JVM options. The class-data-sharing archive is used
rem by bin/gwdns only, which can tell whether it matches the running Java.
setlocal
set "GWDNS_HOME=%~dp0.."
if defined JAVA_HOME (
  set "GWDNS_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "GWDNS_JAVA=java"
)
"%GWDNS_JAVA%" %GWDNS_JAVA_OPTS% -jar "%GWDNS_HOME%\lib\gwdns.jar" %*
exit /b %ERRORLEVEL%
