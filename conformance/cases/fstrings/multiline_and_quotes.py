# f-strings with different quotes, escapes and multiple lines.
who = "world"
print(f'single {who}', f"double {who}", f'''triple {who}''', f"""triple double {who}""")
print(f"it's {who}", f'say "{who}"', f"tab\t{who}", f"brace {{ {who} }}", f"{{{who}}}")
msg = (f"Hello, {who}! "
       f"Length: {len(who)}. "
       "Plain part. "
       f"Upper: {who.upper()}")
print(msg)
report = f"""Report
  name: {who}
  size: {len(who):>4}
done"""
print(report)
print(f"{chr(10)!r}", f"{ord('A')}")
newline = "\n"
print(f"a{newline}b", f"{newline.join(['x', 'y'])}")
