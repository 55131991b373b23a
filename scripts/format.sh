#!/usr/bin/env bash
# Formats the C# code: CSharpier wraps it to the .editorconfig width (max_line_length) and owns whitespace;
# dotnet format applies the code-style and analyzer fixes. With --check it changes nothing and fails on a
# difference, which CI does before the tests. EF's generated migrations are left as the tool writes them.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
if [ "${1:-}" = "--check" ]; then
  dotnet csharpier check .
  dotnet format style Naas.slnx --verify-no-changes --exclude src/Naas.Data/Migrations
  dotnet format analyzers Naas.slnx --verify-no-changes --exclude src/Naas.Data/Migrations
else
  dotnet format style Naas.slnx --exclude src/Naas.Data/Migrations
  dotnet format analyzers Naas.slnx --exclude src/Naas.Data/Migrations
  dotnet csharpier format .
fi
