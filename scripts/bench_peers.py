"""The tools a dealer would otherwise use, timed on the files `cargo bench
--bench import` wrote: pandas.read_excel (openpyxl engine), openpyxl in
read-only mode, pandas.read_csv, and XlsxWriter writing the same 100,000
users. Prints a table beside our figures (target/bench-data/rust.json).
Run by scripts/bench, which installs these into a local virtualenv."""

import csv
import json
import sys
import time
from pathlib import Path

import openpyxl
import pandas
import xlsxwriter

DATA = Path(sys.argv[1])


def best(runs, f):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append((time.perf_counter() - t) * 1000.0)
    return min(times)


def openpyxl_rows(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return n


def write_xlsx(rows, path, constant_memory):
    wb = xlsxwriter.Workbook(path, {"constant_memory": constant_memory})
    ws = wb.add_worksheet("Users")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if r > 0 and c in (2, 3):
                ws.write_number(r, c, float(value))
            else:
                ws.write_string(r, c, value)
    wb.close()


ours = json.loads((DATA / "rust.json").read_text())
table = []
for rows in (10_000, 100_000):
    runs = 3 if rows == 10_000 else 1
    xlsx = DATA / f"users_{rows}.xlsx"
    csv_path = DATA / f"users_{rows}.csv"
    mine_x = ours[f"ours users_{rows}.xlsx"]
    mine_c = ours[f"ours users_{rows}.csv"]
    pd_x = best(runs, lambda: pandas.read_excel(xlsx, engine="openpyxl", dtype=str))
    table.append((f"read {xlsx.name}: pandas.read_excel (openpyxl)", pd_x, mine_x))
    op_x = best(runs, lambda: openpyxl_rows(xlsx))
    table.append((f"read {xlsx.name}: openpyxl read-only", op_x, mine_x))
    pd_c = best(runs, lambda: pandas.read_csv(csv_path, sep=";", dtype=str))
    table.append((f"read {csv_path.name}: pandas.read_csv", pd_c, mine_c))

with open(DATA / "users_100000.csv", encoding="utf-8") as f:
    all_rows = list(csv.reader(f, delimiter=";"))
out = DATA / "peer_export.xlsx"
mine_e = ours["export xlsx 100000"]
for constant in (False, True):
    t = best(1, lambda: write_xlsx(all_rows, out, constant))
    mode = "constant_memory" if constant else "default"
    table.append((f"export 100,000 users XLSX: XlsxWriter ({mode})", t, mine_e))

print(f"{'task: peer':<58} {'peer ms':>10} {'ours ms':>10} {'peer/ours':>10}")
for name, peer, mine in table:
    print(f"{name:<58} {peer:>10.0f} {mine:>10.0f} {peer / mine:>9.1f}x")
print(f"(ours: parse + validate every row, or write with rust_xlsxwriter; "
      f"pandas {pandas.__version__}, openpyxl {openpyxl.__version__}, "
      f"XlsxWriter {xlsxwriter.__version__}, Python {sys.version.split()[0]})")
