# startswith / endswith with tuples and ranges.
files = ["report.pdf", "photo.JPG", "notes.txt", "archive.tar.gz", "README", ".bashrc"]
for f in files:
    print(f, f.endswith(".txt"), f.lower().endswith((".jpg", ".png")), f.startswith("."),
          f.endswith(("gz", "pdf")))
url = "https://example.com/path"
print(url.startswith("http"), url.startswith(("ftp://", "https://")), url.startswith("example", 8))
print(url.endswith("path", 0, 24), url.endswith("com", 0, 19), "".startswith(""), "abc".endswith(""))
print("abc".startswith("abc", 0), "abc".startswith("bc", 1), "abc".startswith("", 3), "abc".startswith("", 4))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError", e)
