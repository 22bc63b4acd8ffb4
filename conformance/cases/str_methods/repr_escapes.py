# repr(str): quote choice and every escape form.
samples = ["", "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
           "new\nline", "cr\rret", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é ñ ü",
           "\u2028\u2029\u200b\ufeff", "\ud800\udfff", "\ue000", "\U0001F600\U000E0001",
           "\U0010FFFF", "\u0378", "\U00011F00", "日本語", "\x1b[0m", "'", '"', "''\"\""]
for s in samples:
    print(repr(s))
print([s for s in samples[:6]])
print(("a", "b'c"), {"k": "v\n"})
