def slugify(text):
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


CASES = [
    ("Hello World", "hello-world"),
    ("  Trim me  ", "trim-me"),
    ("Already-slugged", "already-slugged"),
    ("Ünïcödé Tëxt", "ünïcödé-tëxt"),
    ("a -- b", "a-b"),
    ("C++ & C#", "c-and-c"),
]
passed = 0
for text, want in CASES:
    got = slugify(text)
    status = "ok" if got == want else "MISMATCH"
    passed += got == want
    print(f"{text!r:20} -> {got!r:18} {status}")
print(f"{passed}/{len(CASES)} passed")
for text, want in CASES:
    assert slugify(text) == want, f"slugify({text!r}) gave {slugify(text)!r}, want {want!r}"
