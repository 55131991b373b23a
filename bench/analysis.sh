#!/usr/bin/env bash
# A whole window's fairness and item analysis (issue 16) for 30,000 candidates, each answering 30 items from a
# 1,200-item bank: item statistics, Rasch CML, DIF for four groupings and adverse impact, in memory.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Naas.Bench.Analysis -- --candidates "${CANDIDATES:-30000}" --items "${ITEMS:-30}" --bank "${BANK:-1200}"
