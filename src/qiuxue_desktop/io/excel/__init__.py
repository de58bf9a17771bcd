"""Excel: roster import (header finding, cleaning, row issues), exports, templates."""
