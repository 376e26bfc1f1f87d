"""Small reusable widgets. They receive data and post messages; they never save."""
