emails = ["a@x", "bad", "b@y"]
valid = list(emails)
for e in emails:
    if "@" not in e:
        valid.remove(e)
valid.remove("bad")
