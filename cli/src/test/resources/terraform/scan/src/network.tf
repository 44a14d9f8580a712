resource "digitalocean_firewall" "web" {
  name = "web"
  tags = ["web"]

  # SSH for the on-call bastion that has no fixed address
  # seawall:accept SW-FW-002 SEC-142: on-call SSH until the VPN lands
  inbound_rule {
    protocol         = "tcp"
    port_range       = "22"
    source_addresses = ["0.0.0.0/0", "::/0"]
  }

  inbound_rule {
    protocol         = "tcp"
    port_range       = "443"
    source_addresses = ["0.0.0.0/0", "::/0"] // public site { not a brace }
  }

  outbound_rule {
    protocol              = "tcp"
    port_range            = "443"
    destination_addresses = ["0.0.0.0/0", "::/0"]
  }
}

resource "digitalocean_spaces_bucket" "assets" {
  name   = "acme-assets"
  region = "fra1"
  acl    = "public-read"

  versioning {
    enabled = true
  }
}
