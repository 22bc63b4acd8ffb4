"a".startswith()
