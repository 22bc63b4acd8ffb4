import tomllib

doc = '''
a = """
Roses are red
Violets are blue"""
b = """The quick brown \\


  fox jumps over \\
    the lazy dog."""
c = """Here are two quotation marks: "". Simple enough."""
d = """Here are three quotation marks: ""\\"."""
e = """""five quotes"""""
f = """ends with one""""
g = """\\
      trimmed \\
      """
'''
for k, v in tomllib.loads(doc).items():
    print(k, repr(v))
