resource "digitalocean_droplet" "web" {
  name     = "app-1"
  image    = "ubuntu-24-04-x64"
  region   = "fra1"
  size     = "s-1vcpu-1gb"
  tags     = ["app"]
  ssh_keys = ["3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa"]
  monitoring = true
}

resource "digitalocean_loadbalancer" "web" {
  name     = "app-lb"
  region   = "fra1"
  vpc_uuid = "c33931f2-a26a-4e61-b85c-4e95a2ec431b"

  forwarding_rule {
    entry_protocol  = "http"
    entry_port      = 80
    target_protocol = "http"
    target_port     = 8080
  }

  droplet_tag = "web"
}
