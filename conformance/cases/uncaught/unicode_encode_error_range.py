# An uncaught UnicodeEncodeError for a run of characters: position a-b.
text = "ok \u20ac\u20ac\u20ac done"
print(text.encode("utf-8"))
text.encode("latin-1")
