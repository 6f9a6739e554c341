# Runtime image for docker-compose.yml; build the jar first: mvn -B -DskipTests package
FROM eclipse-temurin:17-jre
WORKDIR /app
# The server's local time: the engine's nightly history cleanup window (application.yml).
ENV TZ=Asia/Almaty
COPY target/mse-expert-registry-*.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
