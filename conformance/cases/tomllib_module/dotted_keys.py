import tomllib

doc = """
name = "Orange"
physical.color = "orange"
physical.shape = "round"
site."google.com" = true
3.14159 = "pi"
fruit.apple.smooth = true
fruit.orange = 2
a . b . c = 1
[dog."tater.man"]
type.name = "pug"
[x.y.z.w]
[x]
"""
print(tomllib.loads(doc))
