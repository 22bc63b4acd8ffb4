def pairs(s):
    for part in s.split(","):
        yield part.split("=")
config = dict(pairs("a=1,b=2"))
print(config)
for key, value in pairs("x=1,y,z=3"):
    print(key, value)
