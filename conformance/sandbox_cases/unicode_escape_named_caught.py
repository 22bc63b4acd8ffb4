# moat policy: \N{name} escapes in data decoded with unicode_escape need the
# Unicode name database, which moat does not carry (literals in source work).
print("\N{DIGIT ONE}", b"\\x41\\n".decode("unicode_escape") == "A\n")
try:
    b"\\N{DIGIT ONE}".decode("unicode_escape")
except LookupError as e:
    print(str(e))
print("done")
