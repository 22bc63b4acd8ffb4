iter()
