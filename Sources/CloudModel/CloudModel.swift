// The CloudModel module; see DESIGN.md. Its types arrive with later issues.
