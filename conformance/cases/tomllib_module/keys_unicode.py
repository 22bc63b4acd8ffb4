import tomllib

doc = '''
"ʎǝʞ" = "value"
"key with spaces" = 1
"\\u00e9t\\u00e9" = 2
'literal "key"' = 3
bare-key_1 = 4
1234 = 5
[ "a table" . 'with' . quoted ]
x = "caf\u00e9"
'''
print(tomllib.loads(doc))
