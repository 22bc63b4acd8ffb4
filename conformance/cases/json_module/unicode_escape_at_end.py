# A \uXXXX escape must end before the string's last character, as
# scanstring_unicode checks before it reads the digits, and the escape of
# a low surrogate is looked at only then too.
import json

for text in ['"\\udabc', '"\\u00e9', '"\\u00e9"', '"\\ud83d\\ude00"', '"\\ud83d\\ude00',
             '"\\ud83d\\u12', '"\\u12"', '"\\ud801"', '"\\ud801\\u0041"']:
    try:
        print(ascii(json.loads(text)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
for s, end in [('x"\\u0041', 2), ('"\\u0041"', 1)]:
    try:
        print(json.decoder.scanstring(s, end))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
