d = dict(a=1)
for k, v in d:
    pass
