import fnmatch

files = ["main.py", "test_main.py", "README.md", "setup.cfg", "data/2024-01.csv", "data/2024-02.csv",
         "docs/index.rst", "build/lib/x.pyc", "Makefile", "notes.TXT"]
patterns = {"python": "*.py", "tests": "test_*.py", "csv in data": "data/*.csv", "compiled": "*.py[co]",
            "docs": "*.[mr][ds]*", "single char": "?akefile"}
for name, pat in patterns.items():
    print(f"{name:12} {pat:12} {fnmatch.filter(files, pat)}")
print(fnmatch.fnmatch("notes.TXT", "*.txt"), fnmatch.fnmatchcase("notes.TXT", "*.txt"))
print(fnmatch.translate("data/[!0-9]*.csv"))
ignore = ["build/*", "*.pyc", ".*"]
kept = [f for f in files if not any(fnmatch.fnmatch(f, p) for p in ignore)]
print(kept)
