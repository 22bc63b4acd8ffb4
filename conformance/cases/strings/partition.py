# partition and rpartition.
for s in ("key=value", "key=value=more", "novalue", "=start", "end=", ""):
    print(repr(s), s.partition("="), s.rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "a::b".partition("::"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
path = "/home/user/docs/report.final.pdf"
folder, _, filename = path.rpartition("/")
stem, dot, ext = filename.rpartition(".")
print(folder, filename, stem, ext)
email = "someone@example.org"
user, at, domain = email.partition("@")
print(user, domain, bool(at))
