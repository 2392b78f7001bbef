"""The machinery that keeps a studio's settings: values kept across page switches, the user's own inputs, links."""
