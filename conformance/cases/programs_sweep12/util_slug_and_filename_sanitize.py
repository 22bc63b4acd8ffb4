import re
import unicodedata

RESERVED = {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


def slugify(text, maxlen=40):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    text = re.sub(r"[-\s_]+", "-", text)
    return text[:maxlen].rstrip("-")


def safe_filename(name):
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", stem).strip(" .") or "unnamed"
    if stem.upper() in RESERVED:
        stem = "_" + stem
    return stem + (("." + ext.lower()) if ext else "")


for t in ["Hello, World!", "  Ünïcödé   Títle -- with   spaces ", "C++ & Python: a comparison (2024)",
          "already-a-slug", "!!!", "A very long title that should definitely be truncated at forty chars"]:
    print(f"{t!r:<72} -> {slugify(t)!r}")
for f in ["report.PDF", "con.txt", 'what?<>.docx', "   .hidden", "no_extension", "a/b\\c.tar.GZ"]:
    print(f"{f!r:<18} -> {safe_filename(f)!r}")
