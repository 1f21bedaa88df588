# Pourquoi une adresse saisie ou fournie n'a pas pu être utilisée : chaque message indique le problème
# et ce qui était attendu. Les exemples (example.com, 127.0.0.1:53, [2001:db8::1]) ainsi que
# « http:// », « https:// », « // » et « %20 » restent tels quels.

input-empty = l'adresse est vide : saisissez une adresse web, par exemple example.com
input-malformed = l'adresse n'a pas pu être comprise : { $reason }
input-too-long = l'adresse compte { $len } caractères : { $max } au maximum sont acceptés
input-unsupported-scheme = le type d'adresse « { $scheme } » n'est pas pris en charge : seules les adresses commençant par http:// ou https:// peuvent être vérifiées
input-missing-slashes = il manque « // » après « { $scheme }: », comme dans { $scheme }://example.com/
input-empty-host = le nom d'hôte est absent : un hôte est attendu après « // », comme dans https://example.com/
input-whitespace = l'adresse contient un espace : une adresse web ne peut pas contenir d'espaces (dans un chemin, utilisez %20)
input-control-char = l'adresse contient un caractère de contrôle invisible ({ $code }) : saisissez à nouveau l'adresse
input-port-not-number = le port « { $port } » n'est pas un nombre : un port de 1 à 65535 est attendu
input-port-out-of-range = le port { $port } est en dehors de la plage autorisée : un port de 1 à 65535 est attendu
input-port-zero = impossible de se connecter au port 0 : un port de 1 à 65535 est attendu
input-missing-port = il manque le port dans « { $input } » : le format attendu est HOST:PORT, comme dans 127.0.0.1:53
input-invalid-host-char = l'hôte « { $host } » contient le caractère { $char }, interdit dans les noms d'hôte : seuls les lettres, les chiffres, les traits d'union et les points sont acceptés
input-host-too-long = le nom d'hôte compte { $len } caractères : 253 au maximum sont autorisés
input-label-too-long = la partie « { $label } » du nom d'hôte compte { $len } caractères : chaque partie entre deux points peut en compter 63 au maximum
input-empty-label = l'hôte « { $host } » contient une partie vide entre deux points : un nom comme www.example.com est attendu
input-invalid-idn = l'hôte « { $host } » n'est pas un nom de domaine international valide
input-invalid-ipv4 = l'hôte « { $host } » se termine par un nombre et est donc lu comme une adresse IPv4, mais celle-ci n'est pas valide : indiquez un nom comme example.com ou quatre nombres de 0 à 255, comme dans 192.0.2.1
input-invalid-ipv6 = « { $host } » n'est pas une adresse IPv6 valide : une adresse comme [2001:db8::1] est attendue
input-unbracketed-ipv6 = une adresse IPv6 doit être placée entre crochets dans une adresse web : par exemple [2001:db8::1] ou [2001:db8::1]:8443
input-origin = Serveur d'origine : { $error }
address-port-zero = le port 0 dans « { $input } » n'est pas un port sur lequel un serveur accepte des connexions
address-host-name = « { $host } » est un nom, mais une adresse IP est nécessaire ici (elle ne doit pas dépendre du DNS) : par exemple 203.0.113.10, 203.0.113.10:8080 ou [2001:db8::1]:443
address-not-ip-port = une adresse IP, avec ou sans port, était attendue (203.0.113.10, 203.0.113.10:8080 ou [2001:db8::1]:443), mais « { $input } » a été indiqué
address-not-ip = une adresse IP était attendue (203.0.113.10 ou 2001:db8::1), mais « { $input } » a été indiqué
