import tomllib

doc = """
name = { first = "Tom", last = "Preston-Werner" }
point = { x = 1, y = 2 }
animal = { type.name = "pug" }
empty = {}
nested = { a = { b = { c = 1 } }, d = [1, { e = 2 }] }
spaced = {  k  =  "v"  ,  "q k" = 'w'  }
"""
print(tomllib.loads(doc))
