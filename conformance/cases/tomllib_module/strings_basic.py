import tomllib

doc = r'''
s1 = "plain"
s2 = "tab\there"
s3 = "quote \" backslash \\ slash /"
s4 = "escapes \b \f \n \r end"
s5 = "unicode \u00E9 \U0001F600"
s6 = ""
"quoted key" = 1
'single key' = 2
"" = "empty key"
'''
for k, v in tomllib.loads(doc).items():
    print(repr(k), repr(v))
